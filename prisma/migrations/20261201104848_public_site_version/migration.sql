-- CreateTable
CREATE TABLE "PublicSiteVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicSiteVersion_pkey" PRIMARY KEY ("id")
);

-- The one row exists from the start, so bumping it is a plain UPDATE.
INSERT INTO "PublicSiteVersion" ("id", "version", "changedAt") VALUES (1, 1, CURRENT_TIMESTAMP);
ALTER TABLE "PublicSiteVersion" ADD CONSTRAINT "PublicSiteVersion_single_row" CHECK ("id" = 1);
