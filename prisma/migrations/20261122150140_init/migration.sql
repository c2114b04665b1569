-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ProgramPunktKategori" AS ENUM ('MAL', 'GRUNDUPPDRAG', 'UTGANGSPUNKT', 'STRATEGISK_GRUPP_UPPDRAG', 'PROCESSTOD');

-- CreateEnum
CREATE TYPE "InsatsStatus" AS ENUM ('PLANERAD', 'PAGAR', 'KLAR', 'PAUSAD');

-- CreateEnum
CREATE TYPE "Stadsomrade" AS ENUM ('CENTRUM', 'HISINGEN', 'NORDOST', 'SYDVAST');

-- CreateEnum
CREATE TYPE "PilotstegStatus" AS ENUM ('EJ_PABORJAD', 'PAGAR', 'KLAR');

-- CreateEnum
CREATE TYPE "SynpunktTyp" AS ENUM ('FRAGA', 'SYNPUNKT', 'KLAGOMAL', 'BEROM');

-- CreateEnum
CREATE TYPE "SynpunktStatus" AS ENUM ('MOTTAGEN', 'UNDER_HANDLAGGNING', 'BESVARAD', 'AVSLUTAD');

-- CreateEnum
CREATE TYPE "SynpunktHandelseTyp" AS ENUM ('SKAPAD', 'TILLDELAD', 'STATUS_ANDRAD', 'ANTECKNING', 'SVAR_SKICKAT', 'GALLRAD');

-- CreateEnum
CREATE TYPE "Roll" AS ENUM ('ADMIN', 'REDAKTOR', 'HANDLAGGARE', 'REKTOR');

-- CreateTable
CREATE TABLE "Forvaltning" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "namn" TEXT NOT NULL,
    "beskrivning" TEXT NOT NULL,
    "telefon" TEXT NOT NULL,
    "besoksadress" TEXT NOT NULL,
    "postadress" TEXT NOT NULL,
    "postnummer" TEXT NOT NULL,
    "postort" TEXT NOT NULL,
    "latitud" DOUBLE PRECISION NOT NULL,
    "longitud" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Forvaltning_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nyckeltal" (
    "nyckel" TEXT NOT NULL,
    "etikett" TEXT NOT NULL,
    "varde" TEXT NOT NULL,
    "enhet" TEXT NOT NULL DEFAULT '',
    "ordning" INTEGER NOT NULL,
    "kalla" TEXT NOT NULL,

    CONSTRAINT "Nyckeltal_pkey" PRIMARY KEY ("nyckel")
);

-- CreateTable
CREATE TABLE "Sida" (
    "slug" TEXT NOT NULL,
    "titel" TEXT NOT NULL,
    "ingress" TEXT NOT NULL,
    "sektioner" JSONB NOT NULL,
    "uppdaterad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Sida_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "Forstarkningsomrade" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nummer" INTEGER NOT NULL,
    "namn" TEXT NOT NULL,
    "syfte" TEXT NOT NULL,
    "ingress" TEXT NOT NULL,
    "atgarder" TEXT[],
    "arbetsomraden" TEXT[],
    "skolornasArbete" TEXT[],

    CONSTRAINT "Forstarkningsomrade_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RelateradLank" (
    "id" TEXT NOT NULL,
    "forstarkningsomradeId" TEXT NOT NULL,
    "titel" TEXT NOT NULL,
    "beskrivning" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "ordning" INTEGER NOT NULL,

    CONSTRAINT "RelateradLank_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "namn" TEXT NOT NULL,
    "undertitel" TEXT NOT NULL,
    "ingress" TEXT NOT NULL,
    "beskrivning" TEXT[],

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramPunkt" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "kategori" "ProgramPunktKategori" NOT NULL,
    "text" TEXT NOT NULL,
    "ordning" INTEGER NOT NULL,

    CONSTRAINT "ProgramPunkt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programdel" (
    "id" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "namn" TEXT NOT NULL,
    "beskrivning" TEXT NOT NULL,
    "ordning" INTEGER NOT NULL,

    CONSTRAINT "Programdel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Insats" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "titel" TEXT NOT NULL,
    "beskrivning" TEXT NOT NULL,
    "status" "InsatsStatus" NOT NULL DEFAULT 'PLANERAD',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "ansvarigEnhet" TEXT NOT NULL,
    "ordning" INTEGER NOT NULL DEFAULT 0,
    "parentId" TEXT,
    "forstarkningsomradeId" TEXT,
    "programId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "arkiverad" TIMESTAMP(3),
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "skapad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "andrad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Insats_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InsatsSkola" (
    "insatsId" TEXT NOT NULL,
    "skolaId" TEXT NOT NULL,

    CONSTRAINT "InsatsSkola_pkey" PRIMARY KEY ("insatsId","skolaId")
);

-- CreateTable
CREATE TABLE "InsatsUppdatering" (
    "id" TEXT NOT NULL,
    "insatsId" TEXT NOT NULL,
    "tidpunkt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "forfattareId" TEXT,
    "forfattarNamn" TEXT NOT NULL,
    "franStatus" "InsatsStatus",
    "tillStatus" "InsatsStatus" NOT NULL,
    "franProgress" INTEGER,
    "tillProgress" INTEGER NOT NULL,
    "kommentar" TEXT NOT NULL,
    "demo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "InsatsUppdatering_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Skola" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "namn" TEXT NOT NULL,
    "stadsomrade" "Stadsomrade" NOT NULL,
    "adress" TEXT NOT NULL,
    "postnummer" TEXT NOT NULL,
    "postort" TEXT NOT NULL DEFAULT 'Göteborg',
    "latitud" DOUBLE PRECISION NOT NULL,
    "longitud" DOUBLE PRECISION NOT NULL,
    "arskursFran" INTEGER NOT NULL,
    "arskursTill" INTEGER NOT NULL,
    "framtidsrustadPilot" BOOLEAN NOT NULL DEFAULT false,
    "demo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Skola_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PilotskolaDel" (
    "skolaId" TEXT NOT NULL,
    "programdelId" TEXT NOT NULL,
    "status" "PilotstegStatus" NOT NULL DEFAULT 'EJ_PABORJAD',
    "andrad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PilotskolaDel_pkey" PRIMARY KEY ("skolaId","programdelId")
);

-- CreateTable
CREATE TABLE "Synpunkt" (
    "id" TEXT NOT NULL,
    "lopnummer" SERIAL NOT NULL,
    "typ" "SynpunktTyp" NOT NULL,
    "meddelande" TEXT NOT NULL,
    "namn" TEXT,
    "epost" TEXT,
    "skolaId" TEXT,
    "status" "SynpunktStatus" NOT NULL DEFAULT 'MOTTAGEN',
    "handlaggareId" TEXT,
    "idempotensnyckel" TEXT NOT NULL,
    "skapad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "andrad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "forstaSvar" TIMESTAMP(3),
    "avslutad" TIMESTAMP(3),
    "gallrad" TIMESTAMP(3),
    "demo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Synpunkt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SynpunktHandelse" (
    "id" TEXT NOT NULL,
    "synpunktId" TEXT NOT NULL,
    "typ" "SynpunktHandelseTyp" NOT NULL,
    "tidpunkt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "aktorId" TEXT,
    "text" TEXT,
    "data" JSONB,

    CONSTRAINT "SynpunktHandelse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "losenordHash" TEXT,
    "roll" "Roll" NOT NULL,
    "skolaId" TEXT,
    "aktiv" BOOLEAN NOT NULL DEFAULT true,
    "misslyckadeInloggningar" INTEGER NOT NULL DEFAULT 0,
    "lastTill" TIMESTAMP(3),
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "skapad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "andrad" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("provider","providerAccountId")
);

-- CreateTable
CREATE TABLE "Session" (
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Forstarkningsomrade_slug_key" ON "Forstarkningsomrade"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Forstarkningsomrade_nummer_key" ON "Forstarkningsomrade"("nummer");

-- CreateIndex
CREATE UNIQUE INDEX "RelateradLank_forstarkningsomradeId_ordning_key" ON "RelateradLank"("forstarkningsomradeId", "ordning");

-- CreateIndex
CREATE UNIQUE INDEX "Program_slug_key" ON "Program"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramPunkt_programId_kategori_ordning_key" ON "ProgramPunkt"("programId", "kategori", "ordning");

-- CreateIndex
CREATE UNIQUE INDEX "Programdel_programId_slug_key" ON "Programdel"("programId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "Insats_slug_key" ON "Insats"("slug");

-- CreateIndex
CREATE INDEX "Insats_parentId_ordning_idx" ON "Insats"("parentId", "ordning");

-- CreateIndex
CREATE INDEX "Insats_status_idx" ON "Insats"("status");

-- CreateIndex
CREATE INDEX "Insats_forstarkningsomradeId_idx" ON "Insats"("forstarkningsomradeId");

-- CreateIndex
CREATE INDEX "Insats_programId_idx" ON "Insats"("programId");

-- CreateIndex
CREATE INDEX "Insats_andrad_idx" ON "Insats"("andrad");

-- CreateIndex
CREATE INDEX "InsatsSkola_skolaId_idx" ON "InsatsSkola"("skolaId");

-- CreateIndex
CREATE INDEX "InsatsUppdatering_insatsId_tidpunkt_idx" ON "InsatsUppdatering"("insatsId", "tidpunkt" DESC);

-- CreateIndex
CREATE INDEX "InsatsUppdatering_tidpunkt_idx" ON "InsatsUppdatering"("tidpunkt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Skola_slug_key" ON "Skola"("slug");

-- CreateIndex
CREATE INDEX "Skola_stadsomrade_namn_idx" ON "Skola"("stadsomrade", "namn");

-- CreateIndex
CREATE INDEX "Skola_framtidsrustadPilot_idx" ON "Skola"("framtidsrustadPilot");

-- CreateIndex
CREATE UNIQUE INDEX "Synpunkt_lopnummer_key" ON "Synpunkt"("lopnummer");

-- CreateIndex
CREATE UNIQUE INDEX "Synpunkt_idempotensnyckel_key" ON "Synpunkt"("idempotensnyckel");

-- CreateIndex
CREATE INDEX "Synpunkt_skapad_id_idx" ON "Synpunkt"("skapad" DESC, "id");

-- CreateIndex
CREATE INDEX "Synpunkt_status_skapad_idx" ON "Synpunkt"("status", "skapad" DESC);

-- CreateIndex
CREATE INDEX "Synpunkt_typ_skapad_idx" ON "Synpunkt"("typ", "skapad" DESC);

-- CreateIndex
CREATE INDEX "Synpunkt_skolaId_skapad_idx" ON "Synpunkt"("skolaId", "skapad" DESC);

-- CreateIndex
CREATE INDEX "Synpunkt_handlaggareId_status_idx" ON "Synpunkt"("handlaggareId", "status");

-- CreateIndex
CREATE INDEX "Synpunkt_status_avslutad_idx" ON "Synpunkt"("status", "avslutad");

-- CreateIndex
CREATE INDEX "SynpunktHandelse_synpunktId_tidpunkt_idx" ON "SynpunktHandelse"("synpunktId", "tidpunkt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_roll_idx" ON "User"("roll");

-- CreateIndex
CREATE INDEX "User_skolaId_idx" ON "User"("skolaId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- AddForeignKey
ALTER TABLE "RelateradLank" ADD CONSTRAINT "RelateradLank_forstarkningsomradeId_fkey" FOREIGN KEY ("forstarkningsomradeId") REFERENCES "Forstarkningsomrade"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramPunkt" ADD CONSTRAINT "ProgramPunkt_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programdel" ADD CONSTRAINT "Programdel_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Insats" ADD CONSTRAINT "Insats_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Insats"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Insats" ADD CONSTRAINT "Insats_forstarkningsomradeId_fkey" FOREIGN KEY ("forstarkningsomradeId") REFERENCES "Forstarkningsomrade"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Insats" ADD CONSTRAINT "Insats_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsatsSkola" ADD CONSTRAINT "InsatsSkola_insatsId_fkey" FOREIGN KEY ("insatsId") REFERENCES "Insats"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsatsSkola" ADD CONSTRAINT "InsatsSkola_skolaId_fkey" FOREIGN KEY ("skolaId") REFERENCES "Skola"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsatsUppdatering" ADD CONSTRAINT "InsatsUppdatering_insatsId_fkey" FOREIGN KEY ("insatsId") REFERENCES "Insats"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsatsUppdatering" ADD CONSTRAINT "InsatsUppdatering_forfattareId_fkey" FOREIGN KEY ("forfattareId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PilotskolaDel" ADD CONSTRAINT "PilotskolaDel_skolaId_fkey" FOREIGN KEY ("skolaId") REFERENCES "Skola"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PilotskolaDel" ADD CONSTRAINT "PilotskolaDel_programdelId_fkey" FOREIGN KEY ("programdelId") REFERENCES "Programdel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Synpunkt" ADD CONSTRAINT "Synpunkt_skolaId_fkey" FOREIGN KEY ("skolaId") REFERENCES "Skola"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Synpunkt" ADD CONSTRAINT "Synpunkt_handlaggareId_fkey" FOREIGN KEY ("handlaggareId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SynpunktHandelse" ADD CONSTRAINT "SynpunktHandelse_synpunktId_fkey" FOREIGN KEY ("synpunktId") REFERENCES "Synpunkt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SynpunktHandelse" ADD CONSTRAINT "SynpunktHandelse_aktorId_fkey" FOREIGN KEY ("aktorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_skolaId_fkey" FOREIGN KEY ("skolaId") REFERENCES "Skola"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
