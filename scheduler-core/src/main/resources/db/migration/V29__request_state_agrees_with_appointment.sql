-- A request's state and its appointments agree, whatever code path or instance changes either:
--   * a request is APPOINTED exactly when it has a BOOKED appointment;
--   * an ARRIVED or FULFILLED appointment's request has been attended (ATTENDED, ACQUIRED, REPORTED,
--     AMENDED).
-- Checked at commit (deferred), because a booking writes the appointment and the request's move in
-- either order within its transaction. The check runs when a request's state changes and when an
-- appointment is written or changes status; a bulk load (the demo network) inserts requests already
-- in their states and is checked as its appointments arrive.
create function request_agrees_with_appointments() returns trigger
    language plpgsql as $$
declare
    checked bigint;
    current_state text;
    booked integer;
    attended integer;
begin
    -- Each branch names only its own table's column: PL/pgSQL resolves NEW's fields per statement.
    if tg_table_name = 'request' then
        checked := new.id;
    else
        checked := new.request_id;
    end if;
    select state into current_state from request where id = checked;
    select count(*) filter (where status = 'BOOKED'),
           count(*) filter (where status in ('ARRIVED', 'FULFILLED'))
      into booked, attended
      from appointment where request_id = checked;
    if (current_state = 'APPOINTED') <> (booked > 0) then
        raise exception 'request_state_agrees_with_appointment: request % is % but has % booked appointment(s)', checked, current_state, booked
            using errcode = 'check_violation', constraint = 'request_state_agrees_with_appointment';
    end if;
    if attended > 0 and current_state not in ('ATTENDED', 'ACQUIRED', 'REPORTED', 'AMENDED') then
        raise exception 'request_state_agrees_with_appointment: request % is % but its appointment was attended', checked, current_state
            using errcode = 'check_violation', constraint = 'request_state_agrees_with_appointment';
    end if;
    return null;
end;
$$;

create constraint trigger request_state_agrees_with_appointment
    after update of state on request
    deferrable initially deferred
    for each row
    when (old.state is distinct from new.state)
    execute function request_agrees_with_appointments();

create constraint trigger appointment_agrees_with_request_state
    after insert or update of status on appointment
    deferrable initially deferred
    for each row
    execute function request_agrees_with_appointments();
