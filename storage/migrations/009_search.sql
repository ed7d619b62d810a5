-- Staff search: requests and residents in FTS5 with the trigram tokenizer, which finds
-- Chinese (no spaces between words) as well as English. The rowid of each index row is the
-- request's or the person's id, so "newest first" is ORDER BY rowid DESC. Triggers keep both
-- in step with their tables; a request's row also holds its resident's name, building, unit
-- and phone, refreshed when the person changes (an erased person leaves both indexes).
CREATE VIRTUAL TABLE request_search USING fts5(body, tokenize = 'trigram');
CREATE VIRTUAL TABLE people_search USING fts5(body, tokenize = 'trigram');

CREATE TRIGGER request_search_insert AFTER INSERT ON requests BEGIN
    INSERT INTO request_search(rowid, body)
    SELECT new.id, new.category || ' ' || new.description || ' ' || COALESCE(
        (SELECT CASE WHEN p.erased THEN '' ELSE COALESCE(p.name, '') || ' ' || COALESCE(p.building, '')
                || ' ' || COALESCE(p.unit, '') || ' ' || COALESCE(p.phone, '') END
         FROM people p WHERE p.id = new.resident_id), '');
END;

CREATE TRIGGER request_search_update AFTER UPDATE OF category, description, resident_id ON requests BEGIN
    DELETE FROM request_search WHERE rowid = old.id;
    INSERT INTO request_search(rowid, body)
    SELECT new.id, new.category || ' ' || new.description || ' ' || COALESCE(
        (SELECT CASE WHEN p.erased THEN '' ELSE COALESCE(p.name, '') || ' ' || COALESCE(p.building, '')
                || ' ' || COALESCE(p.unit, '') || ' ' || COALESCE(p.phone, '') END
         FROM people p WHERE p.id = new.resident_id), '');
END;

CREATE TRIGGER request_search_delete AFTER DELETE ON requests BEGIN
    DELETE FROM request_search WHERE rowid = old.id;
END;

CREATE TRIGGER people_search_insert AFTER INSERT ON people WHEN new.erased = 0 BEGIN
    INSERT INTO people_search(rowid, body)
    VALUES (new.id, COALESCE(new.name, '') || ' ' || COALESCE(new.building, '') || ' '
            || COALESCE(new.unit, '') || ' ' || COALESCE(new.phone, ''));
END;

CREATE TRIGGER people_search_update AFTER UPDATE OF name, building, unit, phone, erased ON people BEGIN
    DELETE FROM people_search WHERE rowid = old.id;
    INSERT INTO people_search(rowid, body)
    SELECT new.id, COALESCE(new.name, '') || ' ' || COALESCE(new.building, '') || ' '
           || COALESCE(new.unit, '') || ' ' || COALESCE(new.phone, '')
    WHERE new.erased = 0;
    DELETE FROM request_search WHERE rowid IN (SELECT id FROM requests WHERE resident_id = new.id);
    INSERT INTO request_search(rowid, body)
    SELECT r.id, r.category || ' ' || r.description || ' ' || CASE WHEN new.erased THEN '' ELSE
           COALESCE(new.name, '') || ' ' || COALESCE(new.building, '') || ' '
           || COALESCE(new.unit, '') || ' ' || COALESCE(new.phone, '') END
    FROM requests r WHERE r.resident_id = new.id;
END;

CREATE TRIGGER people_search_delete AFTER DELETE ON people BEGIN
    DELETE FROM people_search WHERE rowid = old.id;
END;

INSERT INTO people_search(rowid, body)
SELECT id, COALESCE(name, '') || ' ' || COALESCE(building, '') || ' ' || COALESCE(unit, '')
       || ' ' || COALESCE(phone, '')
FROM people WHERE erased = 0;

INSERT INTO request_search(rowid, body)
SELECT r.id, r.category || ' ' || r.description || ' ' || COALESCE(
    (SELECT CASE WHEN p.erased THEN '' ELSE COALESCE(p.name, '') || ' ' || COALESCE(p.building, '')
            || ' ' || COALESCE(p.unit, '') || ' ' || COALESCE(p.phone, '') END
     FROM people p WHERE p.id = r.resident_id), '')
FROM requests r;
