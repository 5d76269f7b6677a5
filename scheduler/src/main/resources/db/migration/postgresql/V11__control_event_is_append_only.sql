-- On PostgreSQL the database itself refuses to rewrite the history of pauses and resumes.
CREATE FUNCTION control_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'control_event is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER control_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON control_event
    FOR EACH ROW EXECUTE FUNCTION control_event_append_only();
