CREATE TYPE "public"."account_role" AS ENUM('viewer', 'zone_reporter', 'planner', 'inspector', 'admin');--> statement-breakpoint
CREATE TYPE "public"."leader_body" AS ENUM('PARTY_COMMITTEE', 'PEOPLES_CONGRESS', 'GOVERNMENT', 'CPPCC');--> statement-breakpoint
CREATE TYPE "public"."problem_status" AS ENUM('OPEN', 'ASSIGNED', 'CLOSED');--> statement-breakpoint
CREATE TYPE "public"."project_node" AS ENUM('SIGNED', 'FILED', 'LAND', 'PLANNING_PERMIT', 'CONSTRUCTION_PERMIT', 'STARTED', 'COMPLETED', 'IN_PRODUCTION');--> statement-breakpoint
CREATE TYPE "public"."report_status" AS ENUM('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');--> statement-breakpoint
CREATE TYPE "public"."reported_works_kind" AS ENUM('ROAD_LINK', 'GRID_PROJECT', 'FACILITY', 'RELOCATION_SITE');--> statement-breakpoint
ALTER TYPE "public"."source_kind" ADD VALUE 'REPORTED' BEFORE 'DEMO';--> statement-breakpoint
CREATE TABLE "access_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"name" text NOT NULL,
	"digest" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "access_tokens_digest_unique" UNIQUE("digest")
);
--> statement-breakpoint
CREATE TABLE "login_failures" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"digest" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "account_role" NOT NULL,
	"zone_code" text,
	"password_hash" text NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_zone_only_for_reporters" CHECK (("users"."role" = 'zone_reporter') = ("users"."zone_code" IS NOT NULL)),
	CONSTRAINT "users_username_shape" CHECK ("users"."username" ~ '^[a-z0-9][a-z0-9._-]{1,63}$')
);
--> statement-breakpoint
CREATE TABLE "monthly_report_nodes" (
	"report_id" integer NOT NULL,
	"project_id" text NOT NULL,
	"node" "project_node" NOT NULL,
	"actual_on" date NOT NULL,
	CONSTRAINT "monthly_report_nodes_report_id_project_id_node_pk" PRIMARY KEY("report_id","project_id","node")
);
--> statement-breakpoint
CREATE TABLE "monthly_report_projects" (
	"report_id" integer NOT NULL,
	"project_id" text NOT NULL,
	"investment_wan" numeric(14, 2) DEFAULT 0 NOT NULL,
	"status" "project_status",
	"status_changed_on" date,
	"progress_text" text,
	"over_total_reason" text,
	CONSTRAINT "monthly_report_projects_report_id_project_id_pk" PRIMARY KEY("report_id","project_id"),
	CONSTRAINT "monthly_report_projects_money" CHECK ("monthly_report_projects"."investment_wan" >= 0),
	CONSTRAINT "monthly_report_projects_status_dated" CHECK (("monthly_report_projects"."status" IS NULL) = ("monthly_report_projects"."status_changed_on" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "monthly_report_works" (
	"report_id" integer NOT NULL,
	"kind" "reported_works_kind" NOT NULL,
	"entity_id" text NOT NULL,
	"progress_percent" real,
	"units_started" integer,
	"units_completed" integer,
	"households_moved" integer,
	"started_on" date,
	"completed_on" date,
	"progress_text" text,
	CONSTRAINT "monthly_report_works_report_id_kind_entity_id_pk" PRIMARY KEY("report_id","kind","entity_id"),
	CONSTRAINT "monthly_report_works_ranges" CHECK (("monthly_report_works"."progress_percent" IS NULL OR "monthly_report_works"."progress_percent" BETWEEN 0 AND 100)
      AND coalesce("monthly_report_works"."units_started", 0) >= 0 AND coalesce("monthly_report_works"."units_completed", 0) >= 0
      AND coalesce("monthly_report_works"."households_moved", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "monthly_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"zone_code" text NOT NULL,
	"month" text NOT NULL,
	"status" "report_status" DEFAULT 'DRAFT' NOT NULL,
	"fixed_asset_investment_wan" numeric(14, 2),
	"main_business_revenue_wan" numeric(14, 2),
	"note" text,
	"demo" boolean DEFAULT false NOT NULL,
	"created_by" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" text,
	"return_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monthly_reports_once" UNIQUE("zone_code","month"),
	CONSTRAINT "monthly_reports_month" CHECK ("monthly_reports"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "monthly_reports_money" CHECK (coalesce("monthly_reports"."fixed_asset_investment_wan", 0) >= 0 AND coalesce("monthly_reports"."main_business_revenue_wan", 0) >= 0),
	CONSTRAINT "monthly_reports_returned_has_reason" CHECK ("monthly_reports"."status" <> 'RETURNED' OR "monthly_reports"."return_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "project_annual_plans" (
	"project_id" text NOT NULL,
	"year" integer NOT NULL,
	"planned_wan" numeric(14, 2) NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_annual_plans_project_id_year_pk" PRIMARY KEY("project_id","year"),
	CONSTRAINT "project_annual_plans_money" CHECK ("project_annual_plans"."planned_wan" >= 0),
	CONSTRAINT "project_annual_plans_source_citation_present" CHECK (length(trim("project_annual_plans"."source_citation")) > 0),
	CONSTRAINT "project_annual_plans_source_citation_plan_section" CHECK ("project_annual_plans"."source_kind" <> 'PLAN_TEXT' OR "project_annual_plans"."source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "project_nodes" (
	"project_id" text NOT NULL,
	"node" "project_node" NOT NULL,
	"planned_on" date,
	"actual_on" date,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_nodes_project_id_node_pk" PRIMARY KEY("project_id","node"),
	CONSTRAINT "project_nodes_source_citation_present" CHECK (length(trim("project_nodes"."source_citation")) > 0),
	CONSTRAINT "project_nodes_source_citation_plan_section" CHECK ("project_nodes"."source_kind" <> 'PLAN_TEXT' OR "project_nodes"."source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "project_problems" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"zone_code" text NOT NULL,
	"description" text NOT NULL,
	"responsible_unit" text NOT NULL,
	"due_on" date NOT NULL,
	"status" "problem_status" DEFAULT 'OPEN' NOT NULL,
	"raised_by" text NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assigned_by" text,
	"closed_by" text,
	"closed_at" timestamp with time zone,
	"closing_note" text,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_problems_closed_has_note" CHECK ("project_problems"."status" <> 'CLOSED' OR ("project_problems"."closing_note" IS NOT NULL AND "project_problems"."closed_at" IS NOT NULL)),
	CONSTRAINT "project_problems_source_citation_present" CHECK (length(trim("project_problems"."source_citation")) > 0),
	CONSTRAINT "project_problems_source_citation_plan_section" CHECK ("project_problems"."source_kind" <> 'PLAN_TEXT' OR "project_problems"."source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "project_responsibles" (
	"project_id" text PRIMARY KEY NOT NULL,
	"leader_name" text NOT NULL,
	"leader_title" text,
	"leader_body" "leader_body",
	"responsible_unit" text NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_responsibles_source_citation_present" CHECK (length(trim("project_responsibles"."source_citation")) > 0),
	CONSTRAINT "project_responsibles_source_citation_plan_section" CHECK ("project_responsibles"."source_kind" <> 'PLAN_TEXT' OR "project_responsibles"."source_citation" LIKE '%§%')
);
--> statement-breakpoint
ALTER TABLE "facilities" ADD COLUMN "planned_start_on" date;--> statement-breakpoint
ALTER TABLE "facilities" ADD COLUMN "planned_finish_on" date;--> statement-breakpoint
ALTER TABLE "facilities" ADD COLUMN "progress_percent" real;--> statement-breakpoint
ALTER TABLE "facilities" ADD COLUMN "responsible_unit" text;--> statement-breakpoint
ALTER TABLE "grid_projects" ADD COLUMN "planned_start_on" date;--> statement-breakpoint
ALTER TABLE "grid_projects" ADD COLUMN "planned_finish_on" date;--> statement-breakpoint
ALTER TABLE "grid_projects" ADD COLUMN "progress_percent" real;--> statement-breakpoint
ALTER TABLE "grid_projects" ADD COLUMN "responsible_unit" text;--> statement-breakpoint
ALTER TABLE "road_links" ADD COLUMN "planned_start_on" date;--> statement-breakpoint
ALTER TABLE "road_links" ADD COLUMN "planned_finish_on" date;--> statement-breakpoint
ALTER TABLE "road_links" ADD COLUMN "progress_percent" real;--> statement-breakpoint
ALTER TABLE "road_links" ADD COLUMN "responsible_unit" text;--> statement-breakpoint
ALTER TABLE "relocation_sites" ADD COLUMN "households_moved" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "relocation_sites" ADD COLUMN "planned_start_on" date;--> statement-breakpoint
ALTER TABLE "relocation_sites" ADD COLUMN "planned_finish_on" date;--> statement-breakpoint
ALTER TABLE "relocation_sites" ADD COLUMN "progress_percent" real;--> statement-breakpoint
ALTER TABLE "relocation_sites" ADD COLUMN "responsible_unit" text;--> statement-breakpoint
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_zone_code_zones_code_fk" FOREIGN KEY ("zone_code") REFERENCES "public"."zones"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_report_nodes" ADD CONSTRAINT "monthly_report_nodes_report_id_monthly_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."monthly_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_report_nodes" ADD CONSTRAINT "monthly_report_nodes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_report_projects" ADD CONSTRAINT "monthly_report_projects_report_id_monthly_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."monthly_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_report_projects" ADD CONSTRAINT "monthly_report_projects_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_report_works" ADD CONSTRAINT "monthly_report_works_report_id_monthly_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."monthly_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_reports" ADD CONSTRAINT "monthly_reports_zone_code_zones_code_fk" FOREIGN KEY ("zone_code") REFERENCES "public"."zones"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_annual_plans" ADD CONSTRAINT "project_annual_plans_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_nodes" ADD CONSTRAINT "project_nodes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_problems" ADD CONSTRAINT "project_problems_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_problems" ADD CONSTRAINT "project_problems_zone_code_zones_code_fk" FOREIGN KEY ("zone_code") REFERENCES "public"."zones"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_responsibles" ADD CONSTRAINT "project_responsibles_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_tokens_user_idx" ON "access_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "monthly_report_projects_project_idx" ON "monthly_report_projects" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "monthly_reports_month_idx" ON "monthly_reports" USING btree ("month");--> statement-breakpoint
CREATE INDEX "project_problems_project_idx" ON "project_problems" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_problems_zone_idx" ON "project_problems" USING btree ("zone_code");