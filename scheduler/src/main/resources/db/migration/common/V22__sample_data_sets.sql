-- Which sample data sets were loaded (pressdesk.samples.seed-year), so a second start loads none again.
CREATE TABLE sample_data_set (
    seed_year  INTEGER NOT NULL PRIMARY KEY,
    loaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
