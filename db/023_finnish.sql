-- Finnish (fi) as the language of a case, for municipalities in the Finnish administrative area (LANGUAGES=sv,en,fi).
ALTER TABLE cases DROP CONSTRAINT cases_language_check;
ALTER TABLE cases ADD CONSTRAINT cases_language_check CHECK (language IN ('sv', 'en', 'fi'));
