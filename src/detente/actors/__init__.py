"""Actors: the people, governments and organizations that international-relations texts speak of.

``detente.actors.registry`` holds the shipped reference data (countries and the words that point
at them, role words, people and organizations with dated roles) and the user's own corrections.
"""
