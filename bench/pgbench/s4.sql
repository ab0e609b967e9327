-- S4 by hand: remove the next company learner of the queue (one transaction, locked, one delete per table).
select enrollment_id as e from bench_queue where id = (select nextval('bench_queue_next')) \gset
begin;
select id from enrollment where id = :e for update;
delete from course_start_notice where enrollment_id = :e;
delete from portal_access where enrollment_id = :e;
delete from elearning_access where enrollment_id = :e;
delete from attendance_signature where enrollment_id = :e;
delete from evaluation where enrollment_id = :e;
delete from certificate where enrollment_id = :e;
delete from enrollment where id = :e;
commit;
