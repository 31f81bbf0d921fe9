"""Tests of the SECOR chat bot."""
