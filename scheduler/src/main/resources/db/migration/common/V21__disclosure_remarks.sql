-- The text of the yearly disclosure report that staff write themselves (section 六: problems and
-- improvements), kept with the report, one per year and language.
CREATE TABLE disclosure_remarks (
    report_year   INTEGER        NOT NULL,
    language      VARCHAR(10)    NOT NULL,
    problems      VARCHAR(20000) NOT NULL,
    improvements  VARCHAR(20000) NOT NULL,
    saved_by      VARCHAR(100)   NOT NULL,
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT disclosure_remarks_once PRIMARY KEY (report_year, language)
);
