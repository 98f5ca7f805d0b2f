CREATE TYPE "public"."cluster_tier" AS ENUM('LEADING', 'SPECIALTY');--> statement-breakpoint
CREATE TYPE "public"."comparator" AS ENUM('EQ', 'APPROX', 'GT', 'GTE', 'LT', 'LTE');--> statement-breakpoint
CREATE TYPE "public"."enterprise_role" AS ENUM('ANCHOR', 'LEADING', 'KEY', 'SUPPORTING');--> statement-breakpoint
CREATE TYPE "public"."facility_kind" AS ENUM('SEWAGE_PLANT', 'QUALITY_INSPECTION_CENTRE', 'INCUBATOR', 'TRAINING_BASE', 'EMPLOYMENT_SERVICE_PLATFORM', 'ENGINEERING_RESEARCH_CENTRE', 'POSTDOCTORAL_WORKSTATION', 'SUPPORTING_INDUSTRIAL_PARK', 'LOGISTICS_PARK');--> statement-breakpoint
CREATE TYPE "public"."facility_level" AS ENUM('NATIONAL', 'PROVINCIAL');--> statement-breakpoint
CREATE TYPE "public"."grid_project_kind" AS ENUM('SUBSTATION', 'LINE');--> statement-breakpoint
CREATE TYPE "public"."housing_kind" AS ENUM('RESETTLEMENT', 'PUBLIC_RENTAL');--> statement-breakpoint
CREATE TYPE "public"."inspection_kind" AS ENUM('MONTHLY_MEETING', 'QUARTERLY', 'YEAR_END');--> statement-breakpoint
CREATE TYPE "public"."project_status" AS ENUM('PLANNED', 'SIGNED', 'STARTED', 'COMPLETED', 'IN_PRODUCTION');--> statement-breakpoint
CREATE TYPE "public"."road_link_kind" AS ENUM('RECONSTRUCTION_PREWORK', 'CONTINUED', 'NEW', 'REPAIR');--> statement-breakpoint
CREATE TYPE "public"."source_kind" AS ENUM('PLAN_TEXT', 'PUBLIC_SOURCE', 'APPROXIMATE', 'SURVEYED', 'DEMO');--> statement-breakpoint
CREATE TYPE "public"."star_aim" AS ENUM('RAISE_FURTHER', 'CLEAR_PROGRESS_TO_PROMOTION', 'REACH_THRESHOLD');--> statement-breakpoint
CREATE TYPE "public"."star_level" AS ENUM('BELOW_THRESHOLD', 'THRESHOLD', 'ONE_STAR', 'TWO_STAR', 'THREE_STAR');--> statement-breakpoint
CREATE TYPE "public"."target_scope" AS ENUM('ALL_ZONES', 'ZONE', 'CLUSTER');--> statement-breakpoint
CREATE TYPE "public"."unit" AS ENUM('PERCENT', 'PERCENTAGE_POINTS', 'YI_YUAN', 'COUNT', 'ENTERPRISES', 'PERSON_TIMES', 'HOUSING_UNITS', 'TONNES_PER_DAY', 'KVA', 'KV', 'KM', 'MU');--> statement-breakpoint
CREATE TYPE "public"."works_status" AS ENUM('PLANNED', 'CONTINUED', 'NEW', 'UNDER_CONSTRUCTION', 'OPERATING');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "cluster_memberships" (
	"cluster_code" text NOT NULL,
	"zone_code" text NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	CONSTRAINT "cluster_memberships_cluster_code_zone_code_pk" PRIMARY KEY("cluster_code","zone_code"),
	CONSTRAINT "cluster_memberships_source_citation_present" CHECK (length(trim("cluster_memberships"."source_citation")) > 0),
	CONSTRAINT "cluster_memberships_source_citation_plan_section" CHECK ("cluster_memberships"."source_kind" <> 'PLAN_TEXT' OR "cluster_memberships"."source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "clusters" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"tier" "cluster_tier" NOT NULL,
	"members_open_ended" boolean DEFAULT false NOT NULL,
	"place_note" text,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	CONSTRAINT "clusters_name_unique" UNIQUE("name"),
	CONSTRAINT "clusters_source_citation_present" CHECK (length(trim("clusters"."source_citation")) > 0),
	CONSTRAINT "clusters_source_citation_plan_section" CHECK ("clusters"."source_kind" <> 'PLAN_TEXT' OR "clusters"."source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "counties" (
	"adcode" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"seat_name" text NOT NULL,
	"seat" geometry(Point,4326) NOT NULL,
	"boundary" geometry(MultiPolygon,4326) NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	"geometry_source_kind" "source_kind" NOT NULL,
	"geometry_source_citation" text NOT NULL,
	CONSTRAINT "counties_name_unique" UNIQUE("name"),
	CONSTRAINT "counties_seat_valid" CHECK (ST_IsValid("counties"."seat") AND NOT ST_IsEmpty("counties"."seat")),
	CONSTRAINT "counties_seat_in_zhoukou" CHECK (ST_CoveredBy("counties"."seat", ST_MakeEnvelope(113.9, 32.9, 115.8, 34.5, 4326))),
	CONSTRAINT "counties_boundary_valid" CHECK (ST_IsValid("counties"."boundary") AND NOT ST_IsEmpty("counties"."boundary")),
	CONSTRAINT "counties_boundary_in_zhoukou" CHECK (ST_CoveredBy("counties"."boundary", ST_MakeEnvelope(113.9, 32.9, 115.8, 34.5, 4326))),
	CONSTRAINT "counties_source_citation_present" CHECK (length(trim("counties"."source_citation")) > 0),
	CONSTRAINT "counties_source_citation_plan_section" CHECK ("counties"."source_kind" <> 'PLAN_TEXT' OR "counties"."source_citation" LIKE '%§%'),
	CONSTRAINT "counties_geometry_source_citation_present" CHECK (length(trim("counties"."geometry_source_citation")) > 0),
	CONSTRAINT "counties_geometry_source_citation_plan_section" CHECK ("counties"."geometry_source_kind" <> 'PLAN_TEXT' OR "counties"."geometry_source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "enterprise_clusters" (
	"enterprise_id" text NOT NULL,
	"cluster_code" text NOT NULL,
	CONSTRAINT "enterprise_clusters_enterprise_id_cluster_code_pk" PRIMARY KEY("enterprise_id","cluster_code")
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"role" "enterprise_role" NOT NULL,
	"zone_code" text,
	"zone_source_kind" "source_kind",
	"zone_source_citation" text,
	"location" geometry(Point,4326),
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprises_location_valid" CHECK (ST_IsValid("enterprises"."location") AND NOT ST_IsEmpty("enterprises"."location")),
	CONSTRAINT "enterprises_location_in_zhoukou" CHECK (ST_CoveredBy("enterprises"."location", ST_MakeEnvelope(113.9, 32.9, 115.8, 34.5, 4326))),
	CONSTRAINT "enterprises_source_citation_present" CHECK (length(trim("enterprises"."source_citation")) > 0),
	CONSTRAINT "enterprises_source_citation_plan_section" CHECK ("enterprises"."source_kind" <> 'PLAN_TEXT' OR "enterprises"."source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "facilities" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "facility_kind" NOT NULL,
	"level" "facility_level",
	"zone_code" text,
	"status" "works_status" NOT NULL,
	"capacity" real,
	"capacity_unit" text,
	"location" geometry(Point,4326) NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	"geometry_source_kind" "source_kind" NOT NULL,
	"geometry_source_citation" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facilities_location_valid" CHECK (ST_IsValid("facilities"."location") AND NOT ST_IsEmpty("facilities"."location")),
	CONSTRAINT "facilities_location_in_zhoukou" CHECK (ST_CoveredBy("facilities"."location", ST_MakeEnvelope(113.9, 32.9, 115.8, 34.5, 4326))),
	CONSTRAINT "facilities_capacity" CHECK ("facilities"."capacity" IS NULL OR ("facilities"."capacity" > 0 AND "facilities"."capacity_unit" IS NOT NULL)),
	CONSTRAINT "facilities_source_citation_present" CHECK (length(trim("facilities"."source_citation")) > 0),
	CONSTRAINT "facilities_source_citation_plan_section" CHECK ("facilities"."source_kind" <> 'PLAN_TEXT' OR "facilities"."source_citation" LIKE '%§%'),
	CONSTRAINT "facilities_geometry_source_citation_present" CHECK (length(trim("facilities"."geometry_source_citation")) > 0),
	CONSTRAINT "facilities_geometry_source_citation_plan_section" CHECK ("facilities"."geometry_source_kind" <> 'PLAN_TEXT' OR "facilities"."geometry_source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "grid_projects" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "grid_project_kind" NOT NULL,
	"zone_code" text,
	"voltage_kv" integer NOT NULL,
	"transformer_kva" integer,
	"length_km" real,
	"investment_yi" numeric(12, 2) NOT NULL,
	"status" "works_status" NOT NULL,
	"geometry" geometry(Geometry,4326) NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	"geometry_source_kind" "source_kind" NOT NULL,
	"geometry_source_citation" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grid_projects_geometry_valid" CHECK (ST_IsValid("grid_projects"."geometry") AND NOT ST_IsEmpty("grid_projects"."geometry")),
	CONSTRAINT "grid_projects_geometry_in_zhoukou" CHECK (ST_CoveredBy("grid_projects"."geometry", ST_MakeEnvelope(113.9, 32.9, 115.8, 34.5, 4326))),
	CONSTRAINT "grid_projects_geometry_type" CHECK (GeometryType("grid_projects"."geometry") IN ('POINT', 'LINESTRING', 'MULTILINESTRING')),
	CONSTRAINT "grid_projects_voltage" CHECK ("grid_projects"."voltage_kv" > 0),
	CONSTRAINT "grid_projects_money" CHECK ("grid_projects"."investment_yi" >= 0),
	CONSTRAINT "grid_projects_shape_matches_kind" CHECK (("grid_projects"."kind" = 'SUBSTATION') = (GeometryType("grid_projects"."geometry") = 'POINT')),
	CONSTRAINT "grid_projects_source_citation_present" CHECK (length(trim("grid_projects"."source_citation")) > 0),
	CONSTRAINT "grid_projects_source_citation_plan_section" CHECK ("grid_projects"."source_kind" <> 'PLAN_TEXT' OR "grid_projects"."source_citation" LIKE '%§%'),
	CONSTRAINT "grid_projects_geometry_source_citation_present" CHECK (length(trim("grid_projects"."geometry_source_citation")) > 0),
	CONSTRAINT "grid_projects_geometry_source_citation_plan_section" CHECK ("grid_projects"."geometry_source_kind" <> 'PLAN_TEXT' OR "grid_projects"."geometry_source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "road_links" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "road_link_kind" NOT NULL,
	"zone_code" text,
	"investment_yi" numeric(12, 2),
	"length_km" real NOT NULL,
	"geometry" geometry(Geometry,4326) NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	"geometry_source_kind" "source_kind" NOT NULL,
	"geometry_source_citation" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "road_links_geometry_valid" CHECK (ST_IsValid("road_links"."geometry") AND NOT ST_IsEmpty("road_links"."geometry")),
	CONSTRAINT "road_links_geometry_in_zhoukou" CHECK (ST_CoveredBy("road_links"."geometry", ST_MakeEnvelope(113.9, 32.9, 115.8, 34.5, 4326))),
	CONSTRAINT "road_links_geometry_type" CHECK (GeometryType("road_links"."geometry") IN ('LINESTRING', 'MULTILINESTRING')),
	CONSTRAINT "road_links_money" CHECK ("road_links"."investment_yi" IS NULL OR "road_links"."investment_yi" >= 0),
	CONSTRAINT "road_links_length" CHECK ("road_links"."length_km" > 0),
	CONSTRAINT "road_links_source_citation_present" CHECK (length(trim("road_links"."source_citation")) > 0),
	CONSTRAINT "road_links_source_citation_plan_section" CHECK ("road_links"."source_kind" <> 'PLAN_TEXT' OR "road_links"."source_citation" LIKE '%§%'),
	CONSTRAINT "road_links_geometry_source_citation_present" CHECK (length(trim("road_links"."geometry_source_citation")) > 0),
	CONSTRAINT "road_links_geometry_source_citation_plan_section" CHECK ("road_links"."geometry_source_kind" <> 'PLAN_TEXT' OR "road_links"."geometry_source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "inspection_rounds" (
	"id" text PRIMARY KEY NOT NULL,
	"period" text NOT NULL,
	"kind" "inspection_kind" NOT NULL,
	"held_on" date,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	CONSTRAINT "inspection_rounds_period_unique" UNIQUE("period"),
	CONSTRAINT "inspection_rounds_source_citation_present" CHECK (length(trim("inspection_rounds"."source_citation")) > 0),
	CONSTRAINT "inspection_rounds_source_citation_plan_section" CHECK ("inspection_rounds"."source_kind" <> 'PLAN_TEXT' OR "inspection_rounds"."source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "inspection_rules" (
	"kind" "inspection_kind" PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"ranks" boolean NOT NULL,
	"top_count" integer NOT NULL,
	"top_consequence" text,
	"bottom_count" integer NOT NULL,
	"bottom_consequence" text,
	"quote" text NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	CONSTRAINT "inspection_rules_source_citation_present" CHECK (length(trim("inspection_rules"."source_citation")) > 0),
	CONSTRAINT "inspection_rules_source_citation_plan_section" CHECK ("inspection_rules"."source_kind" <> 'PLAN_TEXT' OR "inspection_rules"."source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "inspection_scores" (
	"round_id" text NOT NULL,
	"zone_code" text NOT NULL,
	"score" double precision NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_scores_round_id_zone_code_pk" PRIMARY KEY("round_id","zone_code"),
	CONSTRAINT "inspection_scores_range" CHECK ("inspection_scores"."score" BETWEEN 0 AND 100),
	CONSTRAINT "inspection_scores_source_citation_present" CHECK (length(trim("inspection_scores"."source_citation")) > 0),
	CONSTRAINT "inspection_scores_source_citation_plan_section" CHECK ("inspection_scores"."source_kind" <> 'PLAN_TEXT' OR "inspection_scores"."source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "plan_rules" (
	"code" text PRIMARY KEY NOT NULL,
	"description" text NOT NULL,
	"value" double precision NOT NULL,
	"unit" "unit" NOT NULL,
	"comparator" "comparator" NOT NULL,
	"quote" text NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	CONSTRAINT "plan_rules_source_citation_present" CHECK (length(trim("plan_rules"."source_citation")) > 0),
	CONSTRAINT "plan_rules_source_citation_plan_section" CHECK ("plan_rules"."source_kind" <> 'PLAN_TEXT' OR "plan_rules"."source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "plan_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"metric" text NOT NULL,
	"scope" "target_scope" NOT NULL,
	"zone_code" text,
	"cluster_code" text,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"value_max" double precision,
	"unit" "unit" NOT NULL,
	"comparator" "comparator" NOT NULL,
	"strive" boolean DEFAULT false NOT NULL,
	"quote" text NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	CONSTRAINT "plan_targets_metric_scope_year" UNIQUE NULLS NOT DISTINCT("metric","scope","zone_code","cluster_code","year"),
	CONSTRAINT "plan_targets_scope_matches" CHECK (("plan_targets"."scope" = 'ALL_ZONES' AND "plan_targets"."zone_code" IS NULL AND "plan_targets"."cluster_code" IS NULL)
       OR ("plan_targets"."scope" = 'ZONE' AND "plan_targets"."zone_code" IS NOT NULL AND "plan_targets"."cluster_code" IS NULL)
       OR ("plan_targets"."scope" = 'CLUSTER' AND "plan_targets"."cluster_code" IS NOT NULL AND "plan_targets"."zone_code" IS NULL)),
	CONSTRAINT "plan_targets_range" CHECK ("plan_targets"."value_max" IS NULL OR "plan_targets"."value_max" >= "plan_targets"."value"),
	CONSTRAINT "plan_targets_source_citation_present" CHECK (length(trim("plan_targets"."source_citation")) > 0),
	CONSTRAINT "plan_targets_source_citation_plan_section" CHECK ("plan_targets"."source_kind" <> 'PLAN_TEXT' OR "plan_targets"."source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "progress_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"period" text NOT NULL,
	"metric" text NOT NULL,
	"zone_code" text,
	"cluster_code" text,
	"value" double precision NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "progress_reports_once" UNIQUE NULLS NOT DISTINCT("period","metric","zone_code","cluster_code"),
	CONSTRAINT "progress_reports_period" CHECK ("progress_reports"."period" ~ '^[0-9]{4}(Q[1-4]|M(0[1-9]|1[0-2]))?$'),
	CONSTRAINT "progress_reports_source_citation_present" CHECK (length(trim("progress_reports"."source_citation")) > 0),
	CONSTRAINT "progress_reports_source_citation_plan_section" CHECK ("progress_reports"."source_kind" <> 'PLAN_TEXT' OR "progress_reports"."source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "project_status_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"status" "project_status" NOT NULL,
	"changed_on" date NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	CONSTRAINT "project_status_changes_source_citation_present" CHECK (length(trim("project_status_changes"."source_citation")) > 0),
	CONSTRAINT "project_status_changes_source_citation_plan_section" CHECK ("project_status_changes"."source_kind" <> 'PLAN_TEXT' OR "project_status_changes"."source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"zone_code" text NOT NULL,
	"cluster_code" text,
	"investment_yi" numeric(12, 2) NOT NULL,
	"status" "project_status" NOT NULL,
	"geometry" geometry(Geometry,4326) NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	"geometry_source_kind" "source_kind" NOT NULL,
	"geometry_source_citation" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_geometry_valid" CHECK (ST_IsValid("projects"."geometry") AND NOT ST_IsEmpty("projects"."geometry")),
	CONSTRAINT "projects_geometry_in_zhoukou" CHECK (ST_CoveredBy("projects"."geometry", ST_MakeEnvelope(113.9, 32.9, 115.8, 34.5, 4326))),
	CONSTRAINT "projects_geometry_type" CHECK (GeometryType("projects"."geometry") IN ('POINT', 'POLYGON', 'MULTIPOLYGON')),
	CONSTRAINT "projects_investment_not_negative" CHECK ("projects"."investment_yi" >= 0),
	CONSTRAINT "projects_source_citation_present" CHECK (length(trim("projects"."source_citation")) > 0),
	CONSTRAINT "projects_source_citation_plan_section" CHECK ("projects"."source_kind" <> 'PLAN_TEXT' OR "projects"."source_citation" LIKE '%§%'),
	CONSTRAINT "projects_geometry_source_citation_present" CHECK (length(trim("projects"."geometry_source_citation")) > 0),
	CONSTRAINT "projects_geometry_source_citation_plan_section" CHECK ("projects"."geometry_source_kind" <> 'PLAN_TEXT' OR "projects"."geometry_source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "housing_projects" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "housing_kind" NOT NULL,
	"zone_code" text,
	"relocation_site_id" text,
	"units_planned" integer NOT NULL,
	"units_started" integer DEFAULT 0 NOT NULL,
	"units_completed" integer DEFAULT 0 NOT NULL,
	"location" geometry(Point,4326) NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	"geometry_source_kind" "source_kind" NOT NULL,
	"geometry_source_citation" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "housing_projects_location_valid" CHECK (ST_IsValid("housing_projects"."location") AND NOT ST_IsEmpty("housing_projects"."location")),
	CONSTRAINT "housing_projects_location_in_zhoukou" CHECK (ST_CoveredBy("housing_projects"."location", ST_MakeEnvelope(113.9, 32.9, 115.8, 34.5, 4326))),
	CONSTRAINT "housing_projects_units" CHECK ("housing_projects"."units_planned" >= 0 AND "housing_projects"."units_completed" BETWEEN 0 AND "housing_projects"."units_started" AND "housing_projects"."units_started" >= 0),
	CONSTRAINT "housing_projects_source_citation_present" CHECK (length(trim("housing_projects"."source_citation")) > 0),
	CONSTRAINT "housing_projects_source_citation_plan_section" CHECK ("housing_projects"."source_kind" <> 'PLAN_TEXT' OR "housing_projects"."source_citation" LIKE '%§%'),
	CONSTRAINT "housing_projects_geometry_source_citation_present" CHECK (length(trim("housing_projects"."geometry_source_citation")) > 0),
	CONSTRAINT "housing_projects_geometry_source_citation_plan_section" CHECK ("housing_projects"."geometry_source_kind" <> 'PLAN_TEXT' OR "housing_projects"."geometry_source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "relocation_sites" (
	"id" text PRIMARY KEY NOT NULL,
	"village_name" text NOT NULL,
	"zone_code" text NOT NULL,
	"community_name" text NOT NULL,
	"households" integer NOT NULL,
	"units_planned" integer NOT NULL,
	"units_started" integer DEFAULT 0 NOT NULL,
	"units_completed" integer DEFAULT 0 NOT NULL,
	"started_on" date,
	"origin" geometry(Point,4326) NOT NULL,
	"destination" geometry(Point,4326) NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	"geometry_source_kind" "source_kind" NOT NULL,
	"geometry_source_citation" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relocation_sites_origin_valid" CHECK (ST_IsValid("relocation_sites"."origin") AND NOT ST_IsEmpty("relocation_sites"."origin")),
	CONSTRAINT "relocation_sites_origin_in_zhoukou" CHECK (ST_CoveredBy("relocation_sites"."origin", ST_MakeEnvelope(113.9, 32.9, 115.8, 34.5, 4326))),
	CONSTRAINT "relocation_sites_destination_valid" CHECK (ST_IsValid("relocation_sites"."destination") AND NOT ST_IsEmpty("relocation_sites"."destination")),
	CONSTRAINT "relocation_sites_destination_in_zhoukou" CHECK (ST_CoveredBy("relocation_sites"."destination", ST_MakeEnvelope(113.9, 32.9, 115.8, 34.5, 4326))),
	CONSTRAINT "relocation_sites_units" CHECK ("relocation_sites"."households" >= 0 AND "relocation_sites"."units_planned" >= 0 AND "relocation_sites"."units_completed" BETWEEN 0 AND "relocation_sites"."units_started" AND "relocation_sites"."units_started" >= 0),
	CONSTRAINT "relocation_sites_source_citation_present" CHECK (length(trim("relocation_sites"."source_citation")) > 0),
	CONSTRAINT "relocation_sites_source_citation_plan_section" CHECK ("relocation_sites"."source_kind" <> 'PLAN_TEXT' OR "relocation_sites"."source_citation" LIKE '%§%'),
	CONSTRAINT "relocation_sites_geometry_source_citation_present" CHECK (length(trim("relocation_sites"."geometry_source_citation")) > 0),
	CONSTRAINT "relocation_sites_geometry_source_citation_plan_section" CHECK ("relocation_sites"."geometry_source_kind" <> 'PLAN_TEXT' OR "relocation_sites"."geometry_source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "rivers" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text,
	"level" integer NOT NULL,
	"geometry" geometry(Geometry,4326) NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	CONSTRAINT "rivers_geometry_valid" CHECK (ST_IsValid("rivers"."geometry") AND NOT ST_IsEmpty("rivers"."geometry")),
	CONSTRAINT "rivers_geometry_in_zhoukou" CHECK (ST_CoveredBy("rivers"."geometry", ST_MakeEnvelope(113.9, 32.9, 115.8, 34.5, 4326))),
	CONSTRAINT "rivers_geometry_type" CHECK (GeometryType("rivers"."geometry") IN ('LINESTRING', 'MULTILINESTRING')),
	CONSTRAINT "rivers_source_citation_present" CHECK (length(trim("rivers"."source_citation")) > 0),
	CONSTRAINT "rivers_source_citation_plan_section" CHECK ("rivers"."source_kind" <> 'PLAN_TEXT' OR "rivers"."source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "zone_star_levels" (
	"zone_code" text NOT NULL,
	"year" integer NOT NULL,
	"level" "star_level" NOT NULL,
	"aim" "star_aim",
	"aim_strive" boolean DEFAULT false NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	CONSTRAINT "zone_star_levels_zone_code_year_pk" PRIMARY KEY("zone_code","year"),
	CONSTRAINT "zone_star_levels_year" CHECK ("zone_star_levels"."year" BETWEEN 2000 AND 2100),
	CONSTRAINT "zone_star_levels_source_citation_present" CHECK (length(trim("zone_star_levels"."source_citation")) > 0),
	CONSTRAINT "zone_star_levels_source_citation_plan_section" CHECK ("zone_star_levels"."source_kind" <> 'PLAN_TEXT' OR "zone_star_levels"."source_citation" LIKE '%§%')
);
--> statement-breakpoint
CREATE TABLE "zones" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"county_adcode" text NOT NULL,
	"star_level" "star_level" NOT NULL,
	"planned_area_km2" real,
	"footprint" geometry(MultiPolygon,4326) NOT NULL,
	"seat" geometry(Point,4326) NOT NULL,
	"source_kind" "source_kind" NOT NULL,
	"source_citation" text NOT NULL,
	"geometry_source_kind" "source_kind" NOT NULL,
	"geometry_source_citation" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zones_name_unique" UNIQUE("name"),
	CONSTRAINT "zones_footprint_valid" CHECK (ST_IsValid("zones"."footprint") AND NOT ST_IsEmpty("zones"."footprint")),
	CONSTRAINT "zones_footprint_in_zhoukou" CHECK (ST_CoveredBy("zones"."footprint", ST_MakeEnvelope(113.9, 32.9, 115.8, 34.5, 4326))),
	CONSTRAINT "zones_seat_valid" CHECK (ST_IsValid("zones"."seat") AND NOT ST_IsEmpty("zones"."seat")),
	CONSTRAINT "zones_seat_in_zhoukou" CHECK (ST_CoveredBy("zones"."seat", ST_MakeEnvelope(113.9, 32.9, 115.8, 34.5, 4326))),
	CONSTRAINT "zones_source_citation_present" CHECK (length(trim("zones"."source_citation")) > 0),
	CONSTRAINT "zones_source_citation_plan_section" CHECK ("zones"."source_kind" <> 'PLAN_TEXT' OR "zones"."source_citation" LIKE '%§%'),
	CONSTRAINT "zones_geometry_source_citation_present" CHECK (length(trim("zones"."geometry_source_citation")) > 0),
	CONSTRAINT "zones_geometry_source_citation_plan_section" CHECK ("zones"."geometry_source_kind" <> 'PLAN_TEXT' OR "zones"."geometry_source_citation" LIKE '%§%')
);
--> statement-breakpoint
ALTER TABLE "cluster_memberships" ADD CONSTRAINT "cluster_memberships_cluster_code_clusters_code_fk" FOREIGN KEY ("cluster_code") REFERENCES "public"."clusters"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_memberships" ADD CONSTRAINT "cluster_memberships_zone_code_zones_code_fk" FOREIGN KEY ("zone_code") REFERENCES "public"."zones"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_clusters" ADD CONSTRAINT "enterprise_clusters_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_clusters" ADD CONSTRAINT "enterprise_clusters_cluster_code_clusters_code_fk" FOREIGN KEY ("cluster_code") REFERENCES "public"."clusters"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_zone_code_zones_code_fk" FOREIGN KEY ("zone_code") REFERENCES "public"."zones"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_zone_code_zones_code_fk" FOREIGN KEY ("zone_code") REFERENCES "public"."zones"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_projects" ADD CONSTRAINT "grid_projects_zone_code_zones_code_fk" FOREIGN KEY ("zone_code") REFERENCES "public"."zones"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "road_links" ADD CONSTRAINT "road_links_zone_code_zones_code_fk" FOREIGN KEY ("zone_code") REFERENCES "public"."zones"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_scores" ADD CONSTRAINT "inspection_scores_round_id_inspection_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."inspection_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_scores" ADD CONSTRAINT "inspection_scores_zone_code_zones_code_fk" FOREIGN KEY ("zone_code") REFERENCES "public"."zones"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_zone_code_zones_code_fk" FOREIGN KEY ("zone_code") REFERENCES "public"."zones"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_targets" ADD CONSTRAINT "plan_targets_cluster_code_clusters_code_fk" FOREIGN KEY ("cluster_code") REFERENCES "public"."clusters"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_zone_code_zones_code_fk" FOREIGN KEY ("zone_code") REFERENCES "public"."zones"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_cluster_code_clusters_code_fk" FOREIGN KEY ("cluster_code") REFERENCES "public"."clusters"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_status_changes" ADD CONSTRAINT "project_status_changes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_zone_code_zones_code_fk" FOREIGN KEY ("zone_code") REFERENCES "public"."zones"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_cluster_code_clusters_code_fk" FOREIGN KEY ("cluster_code") REFERENCES "public"."clusters"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_projects" ADD CONSTRAINT "housing_projects_zone_code_zones_code_fk" FOREIGN KEY ("zone_code") REFERENCES "public"."zones"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_projects" ADD CONSTRAINT "housing_projects_relocation_site_id_relocation_sites_id_fk" FOREIGN KEY ("relocation_site_id") REFERENCES "public"."relocation_sites"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relocation_sites" ADD CONSTRAINT "relocation_sites_zone_code_zones_code_fk" FOREIGN KEY ("zone_code") REFERENCES "public"."zones"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_star_levels" ADD CONSTRAINT "zone_star_levels_zone_code_zones_code_fk" FOREIGN KEY ("zone_code") REFERENCES "public"."zones"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_county_adcode_counties_adcode_fk" FOREIGN KEY ("county_adcode") REFERENCES "public"."counties"("adcode") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "counties_seat_gist" ON "counties" USING gist ("seat");--> statement-breakpoint
CREATE INDEX "counties_boundary_gist" ON "counties" USING gist ("boundary");--> statement-breakpoint
CREATE INDEX "enterprises_location_gist" ON "enterprises" USING gist ("location");--> statement-breakpoint
CREATE INDEX "facilities_location_gist" ON "facilities" USING gist ("location");--> statement-breakpoint
CREATE INDEX "grid_projects_geometry_gist" ON "grid_projects" USING gist ("geometry");--> statement-breakpoint
CREATE INDEX "road_links_geometry_gist" ON "road_links" USING gist ("geometry");--> statement-breakpoint
CREATE INDEX "progress_reports_period_idx" ON "progress_reports" USING btree ("period");--> statement-breakpoint
CREATE INDEX "project_status_changes_project_idx" ON "project_status_changes" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "projects_geometry_gist" ON "projects" USING gist ("geometry");--> statement-breakpoint
CREATE INDEX "projects_zone_idx" ON "projects" USING btree ("zone_code");--> statement-breakpoint
CREATE INDEX "projects_cluster_idx" ON "projects" USING btree ("cluster_code");--> statement-breakpoint
CREATE INDEX "housing_projects_location_gist" ON "housing_projects" USING gist ("location");--> statement-breakpoint
CREATE INDEX "relocation_sites_origin_gist" ON "relocation_sites" USING gist ("origin");--> statement-breakpoint
CREATE INDEX "relocation_sites_destination_gist" ON "relocation_sites" USING gist ("destination");--> statement-breakpoint
CREATE INDEX "rivers_geometry_gist" ON "rivers" USING gist ("geometry");--> statement-breakpoint
CREATE INDEX "zones_footprint_gist" ON "zones" USING gist ("footprint");--> statement-breakpoint
CREATE INDEX "zones_seat_gist" ON "zones" USING gist ("seat");