"""Rules: deadlines, business days, capacity, personal data; one module per finding."""
