-- Removals record who made them: the token's subject (stable id at the identity provider) and preferred username.
alter table removal rename column removed_by to removed_by_subject;
alter table removal add column removed_by_username varchar(200);
