"""Text helpers shared by every step: word forms and script repair. Imports only the model."""
