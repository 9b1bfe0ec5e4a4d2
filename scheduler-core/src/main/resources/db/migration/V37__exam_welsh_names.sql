-- Exam names in Welsh, for patients who read the portal and its messages in Welsh (the preparation
-- instructions have been in both languages since V1). Nullable: an exam a trust adds without a
-- Welsh name shows its English one until someone gives it one, rather than failing to load.
alter table exam add column name_welsh text check (name_welsh <> '');
