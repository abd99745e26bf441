-- Versions are written in bulk by imports and read whole: lz4 compresses them several times
-- faster than the default pglz. PGlite is built without lz4 and keeps pglz.
do $$
begin
  alter table kn_versions alter column data set compression lz4;
exception when feature_not_supported then
  null;
end
$$;
