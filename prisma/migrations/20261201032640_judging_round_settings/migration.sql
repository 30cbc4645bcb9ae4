-- CreateEnum
CREATE TYPE "RoundEntrySource" AS ENUM ('PASSED_ADMIN_CHECK', 'PREVIOUS_ROUND');

-- AlterTable
ALTER TABLE "Criterion" ADD COLUMN     "levels" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Round" ADD COLUMN     "anonymised" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "entrySource" "RoundEntrySource" NOT NULL DEFAULT 'PASSED_ADMIN_CHECK',
ADD COLUMN     "panelMode" BOOLEAN NOT NULL DEFAULT false;

-- Written by hand: what Prisma's schema language cannot express. The drift check ignores these.

-- A round's rubric is frozen once the round leaves DRAFT: scores already given refer to these criteria and
-- weights. The service refuses first with a clear message; this holds against any other path. A round being
-- deleted (its criteria cascade after it) is no longer there to ask, so that delete passes.
CREATE FUNCTION kovablik_check_rubric_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  round_state "RoundState";
BEGIN
  SELECT "state" INTO round_state FROM "Round"
    WHERE "id" = (CASE WHEN TG_OP = 'DELETE' THEN OLD."roundId" ELSE NEW."roundId" END);
  IF round_state IS NOT NULL AND round_state <> 'DRAFT' THEN
    RAISE EXCEPTION 'the rubric of a round that has opened cannot change' USING ERRCODE = 'P0001', HINT = 'kovablik:rubric_frozen';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW."roundId" IS DISTINCT FROM OLD."roundId" THEN
    RAISE EXCEPTION 'a criterion cannot move to another round' USING ERRCODE = 'P0001', HINT = 'kovablik:rubric_frozen';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER "Criterion_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "Criterion"
  FOR EACH ROW EXECUTE FUNCTION kovablik_check_rubric_frozen();

ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_levels_check" CHECK (jsonb_typeof("levels") = 'array');
