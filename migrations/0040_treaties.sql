-- Treaty status: the Convention and its Protocols (and treaties an admin adds), the actions
-- each country took (signature, the acts that make it a party, withdrawal), and the text of
-- its declarations and reservations. Whether a state is a party on a date is worked out from
-- tr_events (src/treaties/parties.ts), never stored, so that any date can be asked.

create table tr_treaties (
  code text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,19}$'),
  name text not null,
  short_name text not null,
  adopted_on date,
  -- A withdrawal (denunciation) takes effect this many months after its notification
  -- (one year in the Convention, art. 40, and in each Protocol), unless an event says otherwise.
  withdrawal_delay_months integer not null default 12 check (withdrawal_delay_months between 0 and 120),
  position integer not null default 100,
  created_at timestamptz not null default now()
);

create table tr_events (
  id bigint generated always as identity primary key,
  treaty_code text not null references tr_treaties (code),
  country text not null check (country ~ '^[A-Z]{3}$'),
  action text not null check (action in ('signature', 'ratification', 'accession', 'acceptance', 'approval', 'succession', 'withdrawal')),
  -- 'year' when the source gives only the year: action_date is then 31 December of that year,
  -- the first day the act is certain to have happened.
  action_date date not null,
  date_precision text not null default 'day' check (date_precision in ('day', 'year')),
  -- For a withdrawal: the day it takes effect, when it differs from the treaty's delay.
  effective_date date check (effective_date is null or action = 'withdrawal'),
  source text,
  sample boolean not null default false,
  -- Sample events that no source states: shown with a mark on every page that uses them.
  illustrative boolean not null default false,
  created_by bigint,
  created_at timestamptz not null default now(),
  unique (treaty_code, country, action, action_date)
);
create index tr_events_treaty on tr_events (treaty_code, action_date);

create table tr_country_texts (
  treaty_code text not null references tr_treaties (code),
  country text not null check (country ~ '^[A-Z]{3}$'),
  declarations text,
  reservations text,
  notes text,
  sample boolean not null default false,
  updated_at timestamptz not null default now(),
  primary key (treaty_code, country)
);

insert into tr_treaties (code, name, short_name, adopted_on, position) values
  ('UNTOC', 'United Nations Convention against Transnational Organized Crime', 'Organized Crime Convention', '2000-11-15', 1),
  ('TIP', 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children', 'Trafficking in Persons Protocol', '2000-11-15', 2),
  ('SOM', 'Protocol against the Smuggling of Migrants by Land, Sea and Air', 'Smuggling of Migrants Protocol', '2000-11-15', 3),
  ('FIREARMS', 'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition', 'Firearms Protocol', '2001-05-31', 4);
