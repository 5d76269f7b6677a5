-- Yearly figures of the office that no connector knows (press conferences, portal items by category,
-- disclosure requests and their answers, fees, reviews and lawsuits), entered by staff or imported
-- from CSV. One row per year, figure and category ('' when the figure has none).
CREATE TABLE office_figure (
    report_year  INTEGER        NOT NULL,
    figure       VARCHAR(40)    NOT NULL,
    category     VARCHAR(40)    NOT NULL DEFAULT '',
    amount       NUMERIC(19, 2) NOT NULL,
    entered_by   VARCHAR(100)   NOT NULL,
    entered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT office_figure_once PRIMARY KEY (report_year, figure, category)
);
