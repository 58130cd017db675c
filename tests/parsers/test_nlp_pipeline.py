"""The spaCy pipeline: assembled from config.cfg, saved and loaded back, components by name."""
import spacy

from parsers.nlp.build import build_pipeline

REGISTERED = {"postmottak_dates_v1", "postmottak_identifiers_v1", "postmottak_cues_v1", "postmottak_person_names_v1"}
TEXT = "Fastlege Per Olsen (HPR-nr. 1234567) ved Sentrum legesenter i Bergen kommune sa opp 7. oktober 2022."


def annotations(nlp):
    doc = nlp(TEXT)
    return ([(e.text, e.label_) for e in doc.ents], [(s.text, s._.value) for s in doc.spans["ids"]],
            [s.text for s in doc.spans["dates"]])


def test_nlp_pipeline_names_are_registered():
    assert REGISTERED <= set(spacy.registry.factories.get_all()) | set(spacy.Language.factories)


def test_nlp_pipeline_round_trips_through_disk(tmp_path):
    nlp = build_pipeline()
    assert nlp.lang == "nb"
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names == nlp.pipe_names
    assert annotations(loaded) == annotations(nlp)
    ents, ids, dates = annotations(nlp)
    assert ("Per Olsen", "PERSON") in ents and ("Sentrum legesenter", "CLINIC") in ents
    assert ("Bergen kommune", "MUNICIPALITY") in ents
    assert ids == [("1234567", "1234567")] and dates == ["7. oktober 2022."]
