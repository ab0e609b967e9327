-- Demo data for dev mode (../shared/spec/demo-data.md). Loaded by Flyway only in the dev profile
-- (%dev.quarkus.flyway.locations), never in tests or production. Deterministic: fixed ids, dates and names.
-- Today in this story is early December 2026: "Excel advanced" is running.

insert into training_session (id, name, start_date, end_date) values
    (1, 'Excel advanced', '2026-12-01', '2026-12-10'),
    (2, 'Management fundamentals', '2026-10-05', '2026-10-07'),
    (3, 'GDPR for HR teams', '2027-01-18', '2027-01-19'),
    (4, 'Python for data analysis', '2027-02-08', '2027-02-12'),
    (5, 'Project management with Scrum', '2026-09-14', '2026-09-16'),
    (6, 'Negotiation skills', '2027-03-15', '2027-03-16');

insert into session_date (id, session_id, day, start_time, end_time) values
    (1, 1, '2026-12-01', '09:00', '17:00'), (2, 1, '2026-12-02', '09:00', '17:00'), (3, 1, '2026-12-03', '09:00', '17:00'),
    (4, 1, '2026-12-08', '09:00', '17:00'), (5, 1, '2026-12-09', '09:00', '17:00'), (6, 1, '2026-12-10', '09:00', '12:30'),
    (7, 2, '2026-10-05', '09:00', '17:30'), (8, 2, '2026-10-06', '09:00', '17:30'), (9, 2, '2026-10-07', '09:00', '12:00'),
    (10, 3, '2027-01-18', '09:30', '17:00'), (11, 3, '2027-01-19', '09:30', '16:00'),
    (12, 4, '2027-02-08', '09:00', '17:00'), (13, 4, '2027-02-09', '09:00', '17:00'), (14, 4, '2027-02-10', '09:00', '17:00'),
    (15, 4, '2027-02-11', '09:00', '17:00'), (16, 4, '2027-02-12', '09:00', '15:00'),
    (17, 5, '2026-09-14', '09:00', '17:00'), (18, 5, '2026-09-15', '09:00', '17:00'), (19, 5, '2026-09-16', '09:00', '17:00'),
    (20, 6, '2027-03-15', '09:00', '17:30'), (21, 6, '2027-03-16', '09:00', '13:00');

insert into learner (id, first_name, last_name, email) values
    (1, 'Camille', 'Bernard', 'camille.bernard@acme-industries.fr'),
    (2, 'Hugo', 'Lefebvre', 'hugo.lefebvre@acme-industries.fr'),
    (3, 'Léa', 'Moreau', 'lea.moreau@acme-industries.fr'),
    (4, 'Claire', 'Martin', 'claire.martin@gmail.com'),
    (5, 'Julien', 'Petit', 'contact@julienpetit-design.fr'),
    (6, 'Sophie', 'Dubois', 'sophie.dubois@nexa-consulting.fr'),
    (7, 'Thomas', 'Laurent', 'thomas.laurent@nexa-consulting.fr'),
    (8, 'Manon', 'Simon', 'manon.simon@nexa-consulting.fr'),
    (9, 'Lucas', 'Michel', 'lucas.michel@nexa-consulting.fr'),
    (10, 'Chloé', 'Garcia', 'chloe.garcia@boulangerie-durand.fr'),
    (11, 'Nathan', 'David', 'nathan.david@boulangerie-durand.fr'),
    (12, 'Inès', 'Bertrand', 'ines.bertrand@boulangerie-durand.fr'),
    (13, 'Louis', 'Roux', 'louis.roux@acme-industries.fr'),
    (14, 'Emma', 'Vincent', 'emma.vincent@acme-industries.fr'),
    (15, 'Gabriel', 'Fournier', 'gabriel.fournier@acme-industries.fr'),
    (16, 'Jade', 'Morel', 'jade.morel@nexa-consulting.fr'),
    (17, 'Arthur', 'Girard', 'arthur.girard@nexa-consulting.fr'),
    (18, 'Louise', 'André', 'louise.andre@boulangerie-durand.fr'),
    (19, 'Raphaël', 'Mercier', 'raphael.mercier@boulangerie-durand.fr'),
    (20, 'Alice', 'Blanc', 'alice.blanc@hopital-sud.fr'),
    (21, 'Jules', 'Guerin', 'jules.guerin@hopital-sud.fr'),
    (22, 'Lina', 'Boyer', 'lina.boyer@hopital-sud.fr'),
    (23, 'Adam', 'Garnier', 'adam.garnier@hopital-sud.fr'),
    (24, 'Rose', 'Chevalier', 'rose.chevalier@hopital-sud.fr'),
    (25, 'Maël', 'François', 'mael.francois@hopital-sud.fr'),
    (26, 'Anna', 'Legrand', 'anna.legrand@orange.fr'),
    (27, 'Paul', 'Gauthier', 'paul.gauthier@laposte.net'),
    (28, 'Zoé', 'Perrin', 'zoe.perrin@free.fr'),
    (29, 'Victor', 'Robin', 'victor.robin-conseil@outlook.fr'),
    (30, 'Eva', 'Clément', 'eva.clement@gmail.com'),
    (31, 'Noah', 'Morin', 'noah.morin@acme-industries.fr'),
    (32, 'Mila', 'Nicolas', 'mila.nicolas@acme-industries.fr'),
    (33, 'Ethan', 'Henry', 'ethan.henry@nexa-consulting.fr'),
    (34, 'Lou', 'Roussel', 'lou.roussel@nexa-consulting.fr'),
    (35, 'Sacha', 'Mathieu', 'sacha.mathieu@boulangerie-durand.fr'),
    (36, 'Agathe', 'Masson', 'agathe.masson@hopital-sud.fr');

insert into client (id, kind, name, learner_id) values
    (1, 'COMPANY', 'Acme Industries', null),
    (2, 'PRIVATE_INDIVIDUAL', 'Claire Martin', 4),
    (3, 'SELF_EMPLOYED', 'Julien Petit – graphic design', 5),
    (4, 'COMPANY', 'Nexa Consulting', null),
    (5, 'COMPANY', 'Boulangerie Durand SARL', null),
    (6, 'COMPANY', 'Hôpital Sud', null),
    (7, 'PRIVATE_INDIVIDUAL', 'Anna Legrand', 26),
    (8, 'PRIVATE_INDIVIDUAL', 'Paul Gauthier', 27),
    (9, 'SELF_EMPLOYED', 'Zoé Perrin – translation', 28),
    (10, 'SELF_EMPLOYED', 'Victor Robin Conseil', 29),
    (11, 'PRIVATE_INDIVIDUAL', 'Eva Clément', 30);

-- Enrollment ids: 1-5 are "Excel advanced" (3 Acme learners, Claire Martin, Julien Petit); 6 is Camille Bernard's
-- second session.
insert into enrollment (id, session_id, learner_id, client_id) values
    (1, 1, 1, 1), (2, 1, 2, 1), (3, 1, 3, 1), (4, 1, 4, 2), (5, 1, 5, 3),
    (6, 2, 1, 1), (7, 2, 13, 1), (8, 2, 14, 1), (9, 2, 10, 5), (10, 2, 11, 5), (11, 2, 26, 7),
    (12, 3, 20, 6), (13, 3, 21, 6), (14, 3, 22, 6), (15, 3, 23, 6), (16, 3, 27, 8),
    (17, 4, 6, 4), (18, 4, 7, 4), (19, 4, 8, 4), (20, 4, 9, 4), (21, 4, 28, 9), (22, 4, 29, 10),
    (23, 5, 15, 1), (24, 5, 16, 4), (25, 5, 17, 4), (26, 5, 18, 5), (27, 5, 19, 5), (28, 5, 30, 11),
    (29, 6, 24, 6), (30, 6, 25, 6), (31, 6, 31, 1), (32, 6, 32, 1), (33, 6, 33, 4), (34, 6, 34, 4);

-- Learner records of enrollments 1-6 (and of the past sessions' other enrollments, for realism).
insert into course_start_notice (enrollment_id, sent_at)
select id, timestamptz '2026-11-17 10:00:00+01' + (id % 5) * interval '1 hour' from enrollment where session_id = 1
union all select id, timestamptz '2026-09-21 10:00:00+02' from enrollment where session_id = 2
union all select id, timestamptz '2026-08-31 10:00:00+02' from enrollment where session_id = 5
order by 1;

insert into portal_access (enrollment_id, login, granted_at)
select e.id, l.email, timestamptz '2026-11-17 10:05:00+01' from enrollment e join learner l on l.id = e.learner_id
 where e.session_id = 1 or e.id = 6 order by e.id;

insert into elearning_access (enrollment_id, module_name, granted_at)
select e.id, m.name, timestamptz '2026-11-17 10:10:00+01'
  from enrollment e cross join (values (1, 'Pivot tables'), (2, 'Power Query basics')) as m(n, name)
 where e.session_id = 1 order by e.id, m.n;
insert into elearning_access (enrollment_id, module_name, granted_at) values
    (6, 'Leading a team: the first 90 days', '2026-09-21 10:10:00+02');

-- Signatures for the past half-days: Excel advanced 1-3 December, Management fundamentals in October.
insert into attendance_signature (enrollment_id, session_date_id, half_day, signed_at)
select e.id, d.id, h.half_day, d.day + case h.half_day when 'AM' then time '09:05' else time '13:35' end
  from enrollment e
  join session_date d on d.session_id = e.session_id and d.day < date '2026-12-04'
  cross join (values ('AM'), ('PM')) as h(half_day)
 where e.session_id in (1, 2)
 order by e.id, d.id, h.half_day;

insert into evaluation (enrollment_id, title, submitted_at, score)
select e.id, t.title, timestamptz '2026-12-01 09:30:00+01' + t.n * interval '2 days', 12 + (e.id * 3 + t.n) % 8
  from enrollment e cross join (values (0, 'Placement test'), (1, 'Mid-course quiz: formulas')) as t(n, title)
 where e.session_id = 1 order by e.id, t.n;
insert into evaluation (enrollment_id, title, submitted_at, score)
select id, 'End-of-course satisfaction survey', timestamptz '2026-10-07 12:10:00+02', null
  from enrollment where session_id = 2 order by id;

-- Certificates: in "Excel advanced" each learner already has all three documents (issued for the running session's
-- first module); Camille Bernard's and Hugo Lefebvre's were already sent to them.
insert into certificate (enrollment_id, kind, issued_on, delivered_at)
select e.id, k.kind, date '2026-12-03', case when e.id in (1, 2) then timestamptz '2026-12-03 18:00:00+01' end
  from enrollment e
  cross join (values (1, 'CERTIFICATE_OF_ATTENDANCE'), (2, 'CERTIFICATE_OF_ACHIEVEMENT'), (3, 'DIPLOMA')) as k(n, kind)
 where e.session_id = 1 order by e.id, k.n;
insert into certificate (enrollment_id, kind, issued_on, delivered_at)
select id, 'CERTIFICATE_OF_ATTENDANCE', date '2026-10-07', timestamptz '2026-10-08 09:00:00+02'
  from enrollment where session_id = 2 order by id;

-- Commercial documents. Acme's for "Excel advanced" belong to the company: removing one of its learners keeps them.
insert into quote (session_id, client_id, number, amount, status, created_on) values
    (1, 1, 'Q-2026-0101', 4350.00, 'ACCEPTED', '2026-10-20'),
    (1, 2, 'Q-2026-0102', 1450.00, 'ACCEPTED', '2026-10-22'),
    (1, 3, 'Q-2026-0103', 1450.00, 'ACCEPTED', '2026-10-25'),
    (2, 1, 'Q-2026-0077', 5400.00, 'ACCEPTED', '2026-08-30'),
    (4, 4, 'Q-2026-0140', 7800.00, 'SENT', '2026-11-28');

insert into crm_opportunity (session_id, client_id, title, stage, amount) values
    (1, 1, 'Acme – Excel upskilling for finance team', 'WON', 4350.00),
    (1, 2, 'Claire Martin – Excel advanced (CPF)', 'WON', 1450.00),
    (1, 3, 'Julien Petit – Excel advanced', 'WON', 1450.00),
    (4, 4, 'Nexa – Python for consultants', 'PROPOSAL', 7800.00);

insert into training_contract (session_id, client_id, number, signed_on) values
    (1, 1, 'AGR-2026-0031', '2026-10-28'),
    (1, 2, 'TC-2026-0058', '2026-10-30'),
    (1, 3, 'TC-2026-0059', '2026-11-02'),
    (2, 1, 'AGR-2026-0019', '2026-09-02');

insert into invoice (session_id, client_id, number, amount, status, issued_on) values
    (1, 1, 'F-2026-0412', 4350.00, 'ISSUED', '2026-12-01'),
    (1, 2, 'F-2026-0413', 725.00, 'PAID', '2026-12-01'),
    (1, 2, 'F-2026-D-0007', 725.00, 'DRAFT', null),
    (1, 3, 'F-2026-0414', 725.00, 'ISSUED', '2026-12-01'),
    (1, 3, 'F-2026-D-0008', 725.00, 'DRAFT', null),
    (2, 1, 'F-2026-0351', 5400.00, 'PAID', '2026-10-08');

-- Email history: two emails for every learner, and the course emails of everyone in a session.
insert into email_message (learner_id, client_id, session_id, subject, sent_at)
select l.id, c.id, null, 'Welcome to our training catalogue', timestamptz '2026-06-02 09:00:00+02' + l.id * interval '1 day'
  from learner l left join client c on c.learner_id = l.id order by l.id;
insert into email_message (learner_id, client_id, session_id, subject, sent_at)
select l.id, c.id, null, 'Your training account', timestamptz '2026-06-03 09:00:00+02' + l.id * interval '1 day'
  from learner l left join client c on c.learner_id = l.id order by l.id;
insert into email_message (learner_id, client_id, session_id, subject, sent_at)
select e.learner_id, e.client_id, e.session_id, 'Course start notice: ' || s.name,
       (s.start_date - 14) + time '10:00'
  from enrollment e join training_session s on s.id = e.session_id order by e.id;
insert into email_message (learner_id, client_id, session_id, subject, sent_at)
select e.learner_id, e.client_id, e.session_id, 'Your access to the training portal', timestamptz '2026-11-17 10:05:00+01'
  from enrollment e where e.session_id = 1 order by e.id;

-- The fixed ids above bypassed the identity sequences: move them past the data.
select setval(pg_get_serial_sequence('training_session', 'id'), (select max(id) + 1 from training_session), false);
select setval(pg_get_serial_sequence('session_date', 'id'), (select max(id) + 1 from session_date), false);
select setval(pg_get_serial_sequence('learner', 'id'), (select max(id) + 1 from learner), false);
select setval(pg_get_serial_sequence('client', 'id'), (select max(id) + 1 from client), false);
select setval(pg_get_serial_sequence('enrollment', 'id'), (select max(id) + 1 from enrollment), false);
