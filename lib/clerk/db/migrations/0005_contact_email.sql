-- Finding a contact by email: imports match contacts by name and email.
CREATE INDEX contact_email ON contact (email) WHERE email IS NOT NULL;
