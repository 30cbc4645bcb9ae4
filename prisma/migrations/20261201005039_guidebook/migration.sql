-- CreateTable
CREATE TABLE "Guidebook" (
    "editionId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Guidebook_pkey" PRIMARY KEY ("editionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Guidebook_storageKey_key" ON "Guidebook"("storageKey");

-- AddForeignKey
ALTER TABLE "Guidebook" ADD CONSTRAINT "Guidebook_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Guidebook" ADD CONSTRAINT "Guidebook_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
