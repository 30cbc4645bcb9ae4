#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded on machines without network.
# `prisma generate` only needs the path to exist; anything that really needs the engine stops here.
echo "kovablik: Prisma's native schema engine is not installed (offline). Use npm run db:migrate / db:new-migration / db:drift instead." >&2
exit 1
