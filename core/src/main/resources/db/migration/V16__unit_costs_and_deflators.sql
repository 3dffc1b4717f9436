-- Counting: what one unit of a public service costs, and the deflators that bring costs of
-- different years into one price year. The catalogue itself is filled from the GMCA Unit Cost
-- Database by the platform at start (through the same import the analysts use), not here.

create table unit_cost (
  code text primary key check (code ~ '^[A-Za-z0-9][A-Za-z0-9&._/-]{0,31}$'),
  category text not null,
  detail text,
  description text not null,
  unit text not null,
  value numeric(14, 2) not null check (value >= 0),
  -- The agency that bears the cost, as the source names it ("Police", "NHS", "DWP").
  agency text not null,
  agency_detail text,
  -- The financial year the value is priced in, by the calendar year it starts in (2010 = 2010/11).
  price_year int not null check (price_year between 1950 and 2100),
  source text not null,
  updated_at timestamptz not null default now(),
  updated_by text not null,
  version int not null default 0
);

create index unit_cost_by_category on unit_cost (category, code);

-- A GDP deflator index per financial year: a cost of year A shown in year B is
-- value * index(B) / index(A). Editable, with its source and date in price_basis.
create table gdp_deflator (
  financial_year int primary key check (financial_year between 1950 and 2100),
  index_value numeric(10, 3) not null check (index_value > 0),
  updated_at timestamptz not null default now(),
  updated_by text not null,
  version int not null default 0
);

-- The one price basis of the place: where the deflators come from and the year figures are shown in.
create table price_basis (
  id int primary key check (id = 1),
  deflator_source text not null,
  deflator_published date not null,
  shown_in_year int not null references gdp_deflator (financial_year),
  updated_at timestamptz not null default now(),
  updated_by text not null,
  version int not null default 0
);

-- HM Treasury, "GDP deflators at market prices, and money GDP", September 2016 (Quarterly National
-- Accounts): the calendar-year series, 2015 = 100, with that release's projections for 2016 to 2020
-- (+1.1%, +1.9%, +2.0%, +1.9%, +2.0%). HM Treasury's financial-year column is not at hand offline,
-- so a financial year is taken as three quarters of the calendar year it starts in and one quarter
-- of the next. An analyst replaces these with the latest financial-year series on the page.
insert into gdp_deflator (financial_year, index_value, updated_by) values
  (2000, 74.842, 'platform'), (2001, 75.772, 'platform'), (2002, 77.475, 'platform'),
  (2003, 79.343, 'platform'), (2004, 81.321, 'platform'), (2005, 83.545, 'platform'),
  (2006, 85.925, 'platform'), (2007, 88.178, 'platform'), (2008, 90.386, 'platform'),
  (2009, 91.762, 'platform'), (2010, 93.285, 'platform'), (2011, 95.049, 'platform'),
  (2012, 96.598, 'platform'), (2013, 98.375, 'platform'), (2014, 99.689, 'platform'),
  (2015, 100.275, 'platform'), (2016, 101.580, 'platform'), (2017, 103.536, 'platform'),
  (2018, 105.580, 'platform'), (2019, 107.613, 'platform');

insert into price_basis (id, deflator_source, deflator_published, shown_in_year, updated_by) values
  (1, 'HM Treasury, GDP deflators at market prices, and money GDP, September 2016 (Quarterly'
      || ' National Accounts), calendar years 2015 = 100 with its projections to 2020; financial'
      || ' years taken as 3/4 of the year they start in and 1/4 of the next',
   date '2016-09-30', 2019, 'platform');
