-- On PostgreSQL the database itself refuses to rewrite history.
CREATE FUNCTION target_transition_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'target_transition is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER target_transition_no_update_or_delete
    BEFORE UPDATE OR DELETE ON target_transition
    FOR EACH ROW EXECUTE FUNCTION target_transition_append_only();
