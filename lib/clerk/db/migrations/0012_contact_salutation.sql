-- How a letter greets a contact ("Mrs Jones", "Ann"); NULL: worked out from the name and kind.
-- Left out of a row's audit hash while NULL (row_image.cpp), so existing contacts still verify.
ALTER TABLE contact ADD COLUMN salutation TEXT;
