-- Concatenation of tsvectors as an aggregate, so that publication builds every record's search
-- documents in one statement from arrays of text pieces (positions shift as with ||, in the
-- order given), instead of one SQL expression per piece and thousands of parameters.
create aggregate kn_tsvector_agg(tsvector) (sfunc = tsvector_concat, stype = tsvector, initcond = '');
