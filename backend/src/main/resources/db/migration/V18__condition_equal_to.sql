-- Contract 2.0.0 renamed the "equals" test of a show-if Condition (and of a FollowUpRule) to "equalTo": a property
-- named equals does not compile in a generated Java client. The service still reads "equals", but stored
-- definitions and remembered create answers (Idempotency-Key replays) should read as the contract says.
CREATE FUNCTION kl_rename_equals(value jsonb) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    result jsonb;
    k text;
    v jsonb;
BEGIN
    IF jsonb_typeof(value) = 'array' THEN
        SELECT coalesce(jsonb_agg(kl_rename_equals(element) ORDER BY position), '[]'::jsonb) INTO result
        FROM jsonb_array_elements(value) WITH ORDINALITY AS elements(element, position);
        RETURN result;
    ELSIF jsonb_typeof(value) = 'object' THEN
        result := '{}'::jsonb;
        FOR k, v IN SELECT key, item FROM jsonb_each(value) AS entries(key, item) LOOP
            IF k = 'showIf' AND jsonb_typeof(v) = 'object' AND v ? 'equals' AND NOT v ? 'equalTo' THEN
                v := (v - 'equals') || jsonb_build_object('equalTo', v -> 'equals');
            END IF;
            result := result || jsonb_build_object(k, kl_rename_equals(v));
        END LOOP;
        RETURN result;
    END IF;
    RETURN value;
END;
$$;

UPDATE questionnaire_version SET definition = kl_rename_equals(definition)
WHERE definition::text LIKE '%"equals"%';

UPDATE idempotency_key SET response = kl_rename_equals(response)
WHERE response IS NOT NULL AND response::text LIKE '%"equals"%';

DROP FUNCTION kl_rename_equals(jsonb);
