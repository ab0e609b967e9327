-- S3 by hand: what removing one learner would delete (-D enrollment= session= learner= client=).
select id, client_id from enrollment where session_id = :session and learner_id = :learner;
select 'n', id, xmin::text from course_start_notice where enrollment_id = :enrollment
union all select 'p', id, xmin::text from portal_access where enrollment_id = :enrollment
union all select 'e', id, xmin::text from elearning_access where enrollment_id = :enrollment
union all select 's', s.id, s.xmin::text from attendance_signature s join session_date d on d.id = s.session_date_id where s.enrollment_id = :enrollment
union all select 'v', id, xmin::text from evaluation where enrollment_id = :enrollment
union all select 'c', id, xmin::text from certificate where enrollment_id = :enrollment
union all select 'q', id, xmin::text from quote where session_id = :session and client_id = :client
union all select 'i', id, xmin::text from invoice where session_id = :session and client_id = :client
union all select 'm', id, xmin::text from email_message where learner_id = :learner;
