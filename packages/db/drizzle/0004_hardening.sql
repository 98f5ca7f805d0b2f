CREATE TABLE "idempotency_keys" (
	"actor" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" integer NOT NULL,
	"response" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_actor_key_pk" PRIMARY KEY("actor","key"),
	CONSTRAINT "idempotency_keys_key_length" CHECK (length("idempotency_keys"."key") BETWEEN 1 AND 200)
);
--> statement-breakpoint
ALTER TABLE "counties" DROP CONSTRAINT "counties_seat_in_zhoukou";--> statement-breakpoint
ALTER TABLE "counties" DROP CONSTRAINT "counties_boundary_in_zhoukou";--> statement-breakpoint
ALTER TABLE "enterprises" DROP CONSTRAINT "enterprises_location_in_zhoukou";--> statement-breakpoint
ALTER TABLE "facilities" DROP CONSTRAINT "facilities_location_in_zhoukou";--> statement-breakpoint
ALTER TABLE "grid_projects" DROP CONSTRAINT "grid_projects_geometry_in_zhoukou";--> statement-breakpoint
ALTER TABLE "road_links" DROP CONSTRAINT "road_links_geometry_in_zhoukou";--> statement-breakpoint
ALTER TABLE "projects" DROP CONSTRAINT "projects_geometry_in_zhoukou";--> statement-breakpoint
ALTER TABLE "housing_projects" DROP CONSTRAINT "housing_projects_location_in_zhoukou";--> statement-breakpoint
ALTER TABLE "relocation_sites" DROP CONSTRAINT "relocation_sites_origin_in_zhoukou";--> statement-breakpoint
ALTER TABLE "relocation_sites" DROP CONSTRAINT "relocation_sites_destination_in_zhoukou";--> statement-breakpoint
ALTER TABLE "rivers" DROP CONSTRAINT "rivers_geometry_in_zhoukou";--> statement-breakpoint
ALTER TABLE "zones" DROP CONSTRAINT "zones_footprint_in_zhoukou";--> statement-breakpoint
ALTER TABLE "zones" DROP CONSTRAINT "zones_seat_in_zhoukou";--> statement-breakpoint
ALTER TABLE "grid_projects" ALTER COLUMN "investment_yi" SET DATA TYPE numeric(14, 4);--> statement-breakpoint
ALTER TABLE "road_links" ALTER COLUMN "investment_yi" SET DATA TYPE numeric(14, 4);--> statement-breakpoint
ALTER TABLE "projects" ALTER COLUMN "investment_yi" SET DATA TYPE numeric(14, 4);--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "counties" ADD CONSTRAINT "counties_seat_in_zhoukou" CHECK (ST_XMin("counties"."seat") >= 113.9 AND ST_XMax("counties"."seat") <= 115.8 AND ST_YMin("counties"."seat") >= 32.9 AND ST_YMax("counties"."seat") <= 34.5);--> statement-breakpoint
ALTER TABLE "counties" ADD CONSTRAINT "counties_boundary_in_zhoukou" CHECK (ST_XMin("counties"."boundary") >= 113.9 AND ST_XMax("counties"."boundary") <= 115.8 AND ST_YMin("counties"."boundary") >= 32.9 AND ST_YMax("counties"."boundary") <= 34.5);--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_location_in_zhoukou" CHECK (ST_XMin("enterprises"."location") >= 113.9 AND ST_XMax("enterprises"."location") <= 115.8 AND ST_YMin("enterprises"."location") >= 32.9 AND ST_YMax("enterprises"."location") <= 34.5);--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_location_in_zhoukou" CHECK (ST_XMin("facilities"."location") >= 113.9 AND ST_XMax("facilities"."location") <= 115.8 AND ST_YMin("facilities"."location") >= 32.9 AND ST_YMax("facilities"."location") <= 34.5);--> statement-breakpoint
ALTER TABLE "grid_projects" ADD CONSTRAINT "grid_projects_geometry_in_zhoukou" CHECK (ST_XMin("grid_projects"."geometry") >= 113.9 AND ST_XMax("grid_projects"."geometry") <= 115.8 AND ST_YMin("grid_projects"."geometry") >= 32.9 AND ST_YMax("grid_projects"."geometry") <= 34.5);--> statement-breakpoint
ALTER TABLE "road_links" ADD CONSTRAINT "road_links_geometry_in_zhoukou" CHECK (ST_XMin("road_links"."geometry") >= 113.9 AND ST_XMax("road_links"."geometry") <= 115.8 AND ST_YMin("road_links"."geometry") >= 32.9 AND ST_YMax("road_links"."geometry") <= 34.5);--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_geometry_in_zhoukou" CHECK (ST_XMin("projects"."geometry") >= 113.9 AND ST_XMax("projects"."geometry") <= 115.8 AND ST_YMin("projects"."geometry") >= 32.9 AND ST_YMax("projects"."geometry") <= 34.5);--> statement-breakpoint
ALTER TABLE "housing_projects" ADD CONSTRAINT "housing_projects_location_in_zhoukou" CHECK (ST_XMin("housing_projects"."location") >= 113.9 AND ST_XMax("housing_projects"."location") <= 115.8 AND ST_YMin("housing_projects"."location") >= 32.9 AND ST_YMax("housing_projects"."location") <= 34.5);--> statement-breakpoint
ALTER TABLE "relocation_sites" ADD CONSTRAINT "relocation_sites_origin_in_zhoukou" CHECK (ST_XMin("relocation_sites"."origin") >= 113.9 AND ST_XMax("relocation_sites"."origin") <= 115.8 AND ST_YMin("relocation_sites"."origin") >= 32.9 AND ST_YMax("relocation_sites"."origin") <= 34.5);--> statement-breakpoint
ALTER TABLE "relocation_sites" ADD CONSTRAINT "relocation_sites_destination_in_zhoukou" CHECK (ST_XMin("relocation_sites"."destination") >= 113.9 AND ST_XMax("relocation_sites"."destination") <= 115.8 AND ST_YMin("relocation_sites"."destination") >= 32.9 AND ST_YMax("relocation_sites"."destination") <= 34.5);--> statement-breakpoint
ALTER TABLE "rivers" ADD CONSTRAINT "rivers_geometry_in_zhoukou" CHECK (ST_XMin("rivers"."geometry") >= 113.9 AND ST_XMax("rivers"."geometry") <= 115.8 AND ST_YMin("rivers"."geometry") >= 32.9 AND ST_YMax("rivers"."geometry") <= 34.5);--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_footprint_in_zhoukou" CHECK (ST_XMin("zones"."footprint") >= 113.9 AND ST_XMax("zones"."footprint") <= 115.8 AND ST_YMin("zones"."footprint") >= 32.9 AND ST_YMax("zones"."footprint") <= 34.5);--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_seat_in_zhoukou" CHECK (ST_XMin("zones"."seat") >= 113.9 AND ST_XMax("zones"."seat") <= 115.8 AND ST_YMin("zones"."seat") >= 32.9 AND ST_YMax("zones"."seat") <= 34.5);