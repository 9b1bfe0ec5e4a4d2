-- Appointability rules: conditions that count days must say how many, the others take none; who
-- created a rule and when; and the network's standard rule, so requests become appointable from day
-- one. A trust that sets up its own enabled rules replaces the network-wide ones for its requests.

alter table appointability_condition
    add constraint appointability_condition_parameter check (
        (kind in ('EGFR_WITHIN_DAYS_IF_CONTRAST', 'DUE_WITHIN_DAYS_IF_PLANNED')) = (parameter is not null)
        and (parameter is null or parameter between 1 and 3650));

alter table appointability_rule
    add column created_at timestamptz not null default now(),
    add column created_by text not null default 'migration',
    add column version integer not null default 0;

-- unique (trust_ods_code, name) lets two network-wide rules share a name, as nulls differ.
create unique index appointability_rule_network_name on appointability_rule (name) where trust_ods_code is null;

with standard as (
    insert into appointability_rule (trust_ods_code, name)
    values (null, 'Vetted, protocolled, recent eGFR for contrast, weight for sedation')
    returning id)
insert into appointability_condition (rule_id, kind, parameter)
select id, kind, parameter
from standard,
     (values ('VETTED', null::integer), ('PROTOCOL_SET', null), ('EGFR_WITHIN_DAYS_IF_CONTRAST', 90),
             ('WEIGHT_RECORDED_IF_SEDATION', null)) as c (kind, parameter);

-- Staff access reviews read the log by person.
create index audit_log_actor_idx on audit_log (actor, occurred_at);
