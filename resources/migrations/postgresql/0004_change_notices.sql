-- Schema 4 of a shared registry: every committed change tells the open windows at once (LISTEN/NOTIFY on the channel
-- registry_changed, DESIGN.md §14), so that they show other administrators' changes within seconds. Every change
-- appends an audit event, so one notice per writing statement of the audit trail says it all; the payload names the
-- registry's schema.
CREATE FUNCTION registry_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('registry_changed', current_schema());
    RETURN NULL;
END
$$;

CREATE TRIGGER audit_event_notify AFTER INSERT ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION registry_notify_change();
