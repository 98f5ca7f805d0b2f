CREATE TYPE "public"."inspection_measure" AS ENUM('INSPECTION_SCORE', 'PROJECTS_STARTED_SHARE', 'PROJECTS_COMPLETED_SHARE', 'INVESTMENT_COMPLETED', 'MAIN_BUSINESS_REVENUE');--> statement-breakpoint
CREATE TABLE "inspection_criteria" (
	"set_version" integer NOT NULL,
	"code" text NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"measure" "inspection_measure" NOT NULL,
	"weight" double precision NOT NULL,
	CONSTRAINT "inspection_criteria_set_version_code_pk" PRIMARY KEY("set_version","code"),
	CONSTRAINT "inspection_criteria_measure_once" UNIQUE("set_version","measure"),
	CONSTRAINT "inspection_criteria_weight" CHECK ("inspection_criteria"."weight" > 0)
);
--> statement-breakpoint
CREATE TABLE "inspection_criteria_sets" (
	"version" integer PRIMARY KEY NOT NULL,
	"note" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	CONSTRAINT "inspection_criteria_sets_version" CHECK ("inspection_criteria_sets"."version" >= 1),
	CONSTRAINT "inspection_criteria_sets_source_citation_present" CHECK (length(trim("inspection_criteria_sets"."source_citation")) > 0),
	CONSTRAINT "inspection_criteria_sets_source_citation_plan_section" CHECK ("inspection_criteria_sets"."source_kind" <> 'PLAN_TEXT' OR "inspection_criteria_sets"."source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "inspection_ranking_publications" (
	"period" text NOT NULL,
	"version" integer NOT NULL,
	"criteria_version" integer NOT NULL,
	"note" text NOT NULL,
	"published_by" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ranking" jsonb NOT NULL,
	CONSTRAINT "inspection_ranking_publications_period_version_pk" PRIMARY KEY("period","version"),
	CONSTRAINT "inspection_ranking_publications_version" CHECK ("inspection_ranking_publications"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "inspection_criteria" ADD CONSTRAINT "inspection_criteria_set_version_inspection_criteria_sets_version_fk" FOREIGN KEY ("set_version") REFERENCES "public"."inspection_criteria_sets"("version") ON DELETE cascade ON UPDATE no action;