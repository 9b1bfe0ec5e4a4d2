-- Business rules that make a vetted request appointable. A rule holds when all its conditions
-- hold; a null trust means the rule applies network-wide. Trusts configure these as data.
create table appointability_rule (
    id             bigint generated always as identity primary key,
    trust_ods_code text references trust (ods_code),
    name           text not null,
    enabled        boolean not null default true,
    unique (trust_ods_code, name)
);

create table appointability_condition (
    rule_id   bigint not null references appointability_rule (id) on delete cascade,
    kind      text not null check (kind in ('VETTED', 'PROTOCOL_SET', 'EGFR_WITHIN_DAYS_IF_CONTRAST',
                                             'WEIGHT_RECORDED_IF_SEDATION', 'DUE_WITHIN_DAYS_IF_PLANNED')),
    parameter integer,
    primary key (rule_id, kind)
);

alter table request_event add foreign key (rule_id) references appointability_rule (id);
