import Foundation

/// The OpenAPI 3.1 description of the JSON API, served at `/api/v1/openapi.json`. A test checks
/// its paths against the route table both ways.
enum OpenAPIDocument {
    static let document: JSONValue = {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        } catch {
            fatalError("OpenAPI document is not valid JSON: \(error)")
        }
    }()

    private static let listParameters = #"""
        [
          {"name": "near", "in": "query", "schema": {"type": "string"}, "description": "A postcode, sector or district (e.g. NE1 4ST, NE1 4, NE1). In-person and hybrid results within within_km come first, nearest first, then virtual ones."},
          {"name": "within_km", "in": "query", "schema": {"type": "number", "exclusiveMinimum": 0, "maximum": 200, "default": 25}},
          {"name": "type", "in": "query", "explode": true, "schema": {"type": "array", "items": {"$ref": "#/components/schemas/OpportunityType"}}, "description": "Any of (repeat the parameter)."},
          {"name": "mode", "in": "query", "explode": true, "schema": {"type": "array", "items": {"$ref": "#/components/schemas/DeliveryMode"}}},
          {"name": "sector", "in": "query", "explode": true, "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Sector"}}},
          {"name": "year", "in": "query", "explode": true, "schema": {"type": "array", "items": {"type": "integer", "minimum": 7, "maximum": 13}}},
          {"name": "stage", "in": "query", "explode": true, "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Stage"}}},
          {"name": "skill", "in": "query", "explode": true, "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Skill"}}},
          {"name": "subject", "in": "query", "explode": true, "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Subject"}}},
          {"name": "send", "in": "query", "explode": true, "schema": {"type": "array", "items": {"$ref": "#/components/schemas/SendAdjustment"}}, "description": "Every listed adjustment must be offered."},
          {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}},
          {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}},
          {"name": "accredited", "in": "query", "schema": {"type": "boolean"}},
          {"name": "has_places", "in": "query", "schema": {"type": "boolean"}},
          {"name": "include_closed", "in": "query", "schema": {"type": "boolean", "default": false}, "description": "Also listings whose application deadline has passed (applications_open is false). Listings whose last day is over never show."},
          {"name": "min_rating", "in": "query", "schema": {"type": "number", "minimum": 1, "maximum": 5}, "description": "Only providers whose average rating is at least this; unrated providers are left out."},
          {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": 200}},
          {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["distance", "soonest", "newest", "relevance"]}},
          {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}},
          {"name": "cursor", "in": "query", "schema": {"type": "string"}},
          {"name": "page", "in": "query", "description": "Numbered pages, up to the first 1,000 results; not with cursor.", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 1}}
        ]
        """#

    private static let text = #"""
        {
          "openapi": "3.1.0",
          "info": {"title": "Wexchange API", "version": "1.0.0", "description": "Find, publish and collate school work-experience opportunities in England."},
          "servers": [{"url": "/"}],
          "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "A provider API key from `wexchange provider create` (wex_…), or a person's personal token (wexu_…). Each acts with the rights of its role (see the README's access rules)."}},
            "responses": {
              "Error": {"description": "An error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "schemas": {
              "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["code", "message"], "properties": {
                "code": {"type": "string"}, "message": {"type": "string"}, "field": {"type": ["string", "null"]},
                "details": {"type": "array", "items": {"type": "object", "properties": {"index": {"type": "integer"}, "line": {"type": "integer"}, "external_id": {"type": "string"}, "field": {"type": "string"}, "message": {"type": "string"}}}}}}}},
              "OpportunityType": {"type": "string", "enum": ["work_placement", "virtual_work_experience", "hybrid_placement", "workplace_visit", "job_shadowing", "employer_led_project", "insight_day", "careers_talk", "skills_session", "t_level_placement"]},
              "DeliveryMode": {"type": "string", "enum": ["in_person", "virtual", "hybrid"]},
              "Sector": {"type": "string", "enum": ["agriculture-environmental-animal-care", "business-administration", "care-services", "catering-hospitality", "construction-built-environment", "creative-design", "digital", "education-early-years", "engineering-manufacturing", "hair-beauty", "health-science", "legal-finance-accounting", "protective-services", "sales-marketing-procurement", "transport-logistics"]},
              "Stage": {"type": "string", "enum": ["introduce_inspire", "investigate_explore", "apply_demonstrate"]},
              "Skill": {"type": "string", "enum": ["listening", "speaking", "problem_solving", "creativity", "staying_positive", "aiming_high", "leadership", "teamwork"]},
              "SendAdjustment": {"type": "string", "enum": ["wheelchair_access", "quiet_space", "flexible_hours", "support_worker_welcome", "adapted_tasks", "other"]},
              "Subject": {"type": "string", "enum": ["english", "maths", "science", "biology", "chemistry", "physics", "computing", "design_technology", "art", "music", "drama", "physical_education", "geography", "history", "languages", "religious_education", "business", "economics", "psychology", "sociology", "law", "media", "engineering", "food_nutrition", "health_social_care", "citizenship"]},
              "Session": {"type": "object", "required": ["start", "end"], "properties": {"start": {"type": "string", "format": "date"}, "end": {"type": "string", "format": "date"}}},
              "OpportunityInput": {"type": "object", "required": ["title", "summary", "type", "mode", "sector", "stage", "years", "capacity", "hours_per_day", "days"], "properties": {
                "external_id": {"type": "string", "maxLength": 100, "description": "Your own id; unique among your listings; required in feeds."},
                "title": {"type": "string", "maxLength": 120}, "summary": {"type": "string", "maxLength": 280}, "description": {"type": "string", "maxLength": 10000},
                "type": {"$ref": "#/components/schemas/OpportunityType"}, "mode": {"$ref": "#/components/schemas/DeliveryMode"},
                "sector": {"$ref": "#/components/schemas/Sector"}, "stage": {"$ref": "#/components/schemas/Stage"},
                "years": {"type": "array", "minItems": 1, "items": {"type": "integer", "minimum": 7, "maximum": 13}},
                "address": {"type": "string", "description": "Required unless mode is virtual; must be absent when virtual."},
                "postcode": {"type": "string", "description": "Full postcode; required unless mode is virtual."},
                "capacity": {"type": "integer", "minimum": 1, "maximum": 1000}, "hours_per_day": {"type": "number", "exclusiveMinimum": 0, "maximum": 12},
                "days": {"type": "integer", "minimum": 1, "maximum": 100},
                "sessions": {"type": "array", "items": {"$ref": "#/components/schemas/Session"}, "description": "Fixed dates; or give weeks."},
                "weeks": {"type": "array", "items": {"type": "string", "pattern": "^[0-9]{4}-W[0-9]{2}$"}, "description": "ISO weeks a flexible opportunity can host."},
                "application_deadline": {"type": "string", "format": "date"},
                "subjects": {"type": "array", "items": {"$ref": "#/components/schemas/Subject"}},
                "outcomes": {"type": "array", "maxItems": 10, "items": {"type": "string", "maxLength": 300}},
                "skills": {"type": "array", "items": {"$ref": "#/components/schemas/Skill"}},
                "send_adjustments": {"type": "array", "items": {"$ref": "#/components/schemas/SendAdjustment"}},
                "send_other": {"type": "string"}, "supervisor_dbs_checked": {"type": "boolean"},
                "how_to_apply": {"type": "string", "maxLength": 1000, "description": "How schools arrange a place: whom to contact and how."},
                "daily_times": {"type": "string", "maxLength": 200, "description": "Start and finish times, and lunch."},
                "what_to_bring": {"type": "string", "maxLength": 1000}, "travel_notes": {"type": "string", "maxLength": 1000, "description": "Public transport, parking, step-free access."},
                "private_home": {"type": "boolean", "description": "An opportunity in a private home can never be published for in-person attendance."},
                "status": {"type": "string", "enum": ["draft", "published", "closed", "archived"], "default": "published", "description": "published asks for publication: a provider without a current badge waits for moderation (status submitted)."}}},
              "Opportunity": {"type": "object", "properties": {
                "id": {"type": "string", "format": "uuid"}, "external_id": {"type": ["string", "null"]}, "status": {"type": "string"},
                "moderation_reason": {"type": ["string", "null"], "description": "Your own listings only (GET /api/v1/my/opportunities and the answers to your writes): why a moderator returned it."},
                "change_status": {"type": ["string", "null"], "enum": ["waiting", "returned", null], "description": "Your own listings only: a change to this published listing, waiting for a moderator or returned by one. The fields show the change; search and offers show the published version until a moderator approves it."},
                "title": {"type": "string"}, "summary": {"type": "string"}, "description": {"type": "string"},
                "type": {"$ref": "#/components/schemas/OpportunityType"}, "mode": {"$ref": "#/components/schemas/DeliveryMode"},
                "sector": {"$ref": "#/components/schemas/Sector"}, "stage": {"$ref": "#/components/schemas/Stage"},
                "years": {"type": "array", "items": {"type": "integer"}},
                "provider": {"type": "object", "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"},
                  "rating": {"type": ["object", "null"], "properties": {"average": {"type": "number"}, "count": {"type": "integer"}}}, "badges": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}, "granted_by": {"type": "string"}, "expires": {"type": "string", "format": "date"}}}}}},
                "location": {"type": ["object", "null"], "properties": {"address": {"type": "string"}, "postcode": {"type": "string"}, "latitude": {"type": "number"}, "longitude": {"type": "number"}}},
                "distance_km": {"type": ["number", "null"], "description": "Present when near is given; null for virtual listings."},
                "capacity": {"type": "integer"}, "places_left": {"type": "integer"}, "hours_per_day": {"type": "number"}, "days": {"type": "integer"},
                "sessions": {"type": "array", "items": {"$ref": "#/components/schemas/Session"}}, "weeks": {"type": "array", "items": {"type": "string"}},
                "first_day": {"type": ["string", "null"], "format": "date"}, "last_day": {"type": ["string", "null"], "format": "date"},
                "application_deadline": {"type": ["string", "null"], "format": "date"},
                "applications_open": {"type": "boolean", "description": "False once the application deadline has passed; search shows such listings only with include_closed=true."},
                "skills": {"type": "array", "items": {"type": "string"}}, "subjects": {"type": "array", "items": {"type": "string"}},
                "send_adjustments": {"type": "array", "items": {"type": "string"}}, "send_other": {"type": ["string", "null"]},
                "how_to_apply": {"type": ["string", "null"]}, "daily_times": {"type": ["string", "null"]}, "what_to_bring": {"type": ["string", "null"]}, "travel_notes": {"type": ["string", "null"]},
                "outcomes": {"type": "array", "items": {"type": "string"}},
                "supervisor_dbs_checked": {"type": "boolean"}, "private_home": {"type": "boolean"},
                "created_at": {"type": "string", "format": "date-time"}, "updated_at": {"type": "string", "format": "date-time"}}},
              "Counts": {"type": "object", "additionalProperties": {"type": "integer"}},
              "SearchResult": {"type": "object", "required": ["items", "total", "facets", "sort", "next_cursor"], "properties": {
                "items": {"type": "array", "items": {"$ref": "#/components/schemas/Opportunity"}}, "total": {"type": "integer"},
                "facets": {"type": "object", "properties": {"type": {"$ref": "#/components/schemas/Counts"}, "mode": {"$ref": "#/components/schemas/Counts"}, "sector": {"$ref": "#/components/schemas/Counts"}, "stage": {"$ref": "#/components/schemas/Counts"}, "total": {"type": "integer"}}},
                "sort": {"type": "string"}, "next_cursor": {"type": ["string", "null"]}}},
              "ModerationItem": {"type": "object", "properties": {"id": {"type": "string", "format": "uuid"}, "title": {"type": "string"}, "provider": {"type": "string"},
                "submitted_at": {"type": "string", "format": "date-time"}, "is_new": {"type": "boolean"}, "is_change": {"type": "boolean", "description": "A change to a published listing: the published version stays in search until it is approved; returning it keeps that version."},
                "changes": {"type": "array", "items": {"type": "object", "properties": {"field": {"type": "string"}, "before": {"type": ["string", "null"]}, "after": {"type": ["string", "null"]}}}}}},
              "Me": {"type": "object", "properties": {"user_id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}, "role": {"type": "string"},
                "organisation_id": {"type": "string", "format": "uuid"}, "organisation": {"type": "string"}, "credential": {"type": "string", "enum": ["session", "personal_token", "provider_key"]}}},
              "FeedReport": {"type": "object", "properties": {"created": {"type": "integer"}, "updated": {"type": "integer"}, "unchanged": {"type": "integer"}, "closed": {"type": "integer"}}},
              "RoundInput": {"type": "object", "required": ["name", "preferences_open", "preferences_close", "offer_deadline"], "properties": {
                "name": {"type": "string", "maxLength": 120}, "priority": {"type": "array", "items": {"type": "string", "enum": ["disadvantaged", "send", "no_prior", "local"]}, "description": "Who goes first when places are scarce, first first; default disadvantaged, send, no_prior. The seeded lottery breaks ties."},
                "preference_limit": {"type": "integer", "minimum": 1, "maximum": 10, "default": 10}, "preferences_open": {"type": "string", "format": "date"}, "preferences_close": {"type": "string", "format": "date"}, "offer_deadline": {"type": "string", "format": "date"}}},
              "Round": {"type": "object", "properties": {"id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}, "scope": {"type": "string", "enum": ["school", "hub", "national"]},
                "organisation_id": {"type": ["string", "null"], "format": "uuid"}, "state": {"type": "string", "enum": ["draft", "preferences_open", "results_ready", "published"]}, "state_label": {"type": "string"},
                "priority": {"type": "array", "items": {"type": "string"}}, "preference_limit": {"type": "integer"}, "seed": {"type": "integer", "description": "The lottery's seed, drawn when the round was created."},
                "preferences_open": {"type": "string", "format": "date"}, "preferences_close": {"type": "string", "format": "date"}, "offer_deadline": {"type": "string", "format": "date"},
                "run_at": {"type": ["string", "null"], "format": "date-time"}, "published_at": {"type": ["string", "null"], "format": "date-time"},
                "pledges": {"type": "array", "items": {"type": "object", "properties": {"opportunity_id": {"type": "string", "format": "uuid"}, "title": {"type": "string"}, "places": {"type": "integer"}, "priority": {"type": ["array", "null"], "items": {"type": "string"}}, "cutoff": {"type": ["string", "null"], "description": "How far down the priority order its places reached, in words (no student named or counted): with the results."}}}},
                "results": {"type": ["object", "null"], "description": "The run's totals: for the round's managers once run, for everyone once published.", "properties": {"students": {"type": "integer"}, "placed_by_choice": {"type": "integer"}, "placed_by_clearing": {"type": "integer"}, "unplaced": {"type": "integer"}, "places_left": {"type": "integer"}}}}},
              "Choices": {"type": "object", "required": ["choices"], "properties": {"choices": {"type": "array", "maxItems": 10, "items": {"type": "string", "format": "uuid"}, "description": "Opportunity ids, first choice first."}}},
              "Offer": {"type": "object", "properties": {"id": {"type": "string", "format": "uuid"}, "state": {"type": "string", "enum": ["offered", "accepted", "confirmed", "declined", "lapsed", "cancelled"]}, "state_label": {"type": "string"},
                "title": {"type": "string"}, "provider": {"type": "string"}, "student": {"type": "string", "description": "The student's preferred name."}, "round": {"type": ["string", "null"]}, "answer_by": {"type": "string", "format": "date"},
                "needs_consent": {"type": ["boolean", "null"], "description": "Whether a parent must consent (the student is under 18 on the first day); on a single offer only."},
                "explanation": {"type": ["object", "null"], "description": "What the round decided and why, in the student's words.", "properties": {"headline": {"type": "string"}, "reasons": {"type": "array", "items": {"type": "string"}}}},
                "placement": {"type": ["array", "null"], "items": {"type": "object", "properties": {"label": {"type": "string"}, "value": {"type": "string"}}}}}},
              "ConsentInput": {"type": "object", "required": ["decision"], "properties": {"decision": {"type": "string", "enum": ["give", "refuse"]},
                "emergency_name": {"type": "string", "maxLength": 100}, "emergency_phone": {"type": "string", "description": "A UK telephone number."}, "relationship": {"type": "string", "maxLength": 100},
                "medical_notes": {"type": "string", "maxLength": 1000}, "signed_name": {"type": "string", "maxLength": 100, "description": "The parent's full name, typed as their signature."},
                "declaration": {"type": "string", "enum": ["yes"], "description": "yes: I am this student's parent or carer and I agree to the placement."}},
                "description": "To give consent every field but medical_notes is needed; to refuse, only the decision and signed_name."},
              "PlaceRequest": {"type": "object", "description": "A request for a place. A provider reads only what deciding needs: no student_id, UPN, date of birth, disadvantage or SEN status.", "properties": {
                "id": {"type": "string", "format": "uuid"}, "state": {"type": "string", "enum": ["requested", "accepted", "declined", "withdrawn", "expired"]}, "state_label": {"type": "string"},
                "opportunity_id": {"type": "string", "format": "uuid"}, "title": {"type": "string"}, "provider": {"type": "string"},
                "student_id": {"type": ["string", "null"], "format": "uuid"}, "student": {"type": "string"}, "year_group": {"type": "integer"}, "school": {"type": "string"},
                "access_needs": {"type": "array", "items": {"type": "string"}}, "message": {"type": ["string", "null"]}, "answer_by": {"type": "string", "format": "date"},
                "reason": {"type": ["string", "null"]}, "offer_id": {"type": ["string", "null"], "format": "uuid"}, "requested_on": {"type": "string", "format": "date"}}},
              "Placement": {"type": "object", "description": "A confirmed placement as its provider sees it: nothing about the student beyond hosting them.", "properties": {
                "offer_id": {"type": "string", "format": "uuid"}, "state": {"type": "string", "enum": ["confirmed", "completed"]}, "title": {"type": "string"}, "dates": {"type": "string"}, "student": {"type": "string"}, "year_group": {"type": "integer"}, "school": {"type": "string"},
                "access_needs": {"type": "array", "items": {"type": "string"}},
                "emergency_contact": {"type": ["object", "null"], "properties": {"name": {"type": "string"}, "phone": {"type": "string"}, "relationship": {"type": "string"}}}, "medical_notes": {"type": ["string", "null"]}}},
              "PlacementRecord": {"type": "object", "description": "One placement as its provider records it: each day of it with its mark, the days the student's journey counts (every day not marked absent), feedback to the student and the marks of a meaningful experience the provider delivered.", "properties": {
                "offer_id": {"type": "string", "format": "uuid"}, "state": {"type": "string", "enum": ["pending", "offered", "accepted", "confirmed", "declined", "lapsed", "cancelled", "completed"]},
                "title": {"type": "string"}, "dates": {"type": "string"}, "student": {"type": "string"}, "year_group": {"type": "integer"}, "school": {"type": "string"},
                "days": {"type": "array", "items": {"type": "object", "properties": {"date": {"type": "string", "format": "date"}, "mark": {"type": ["string", "null"], "enum": ["attended", "absent", null]}}}},
                "days_attended": {"type": "integer"}, "feedback": {"type": ["string", "null"]},
                "delivered": {"type": "array", "items": {"type": "string", "enum": ["shared_purpose", "two_way_interaction", "range_of_people", "employer_task"]}}}}
            }
          },
          "paths": {
            "/health": {"get": {"summary": "Liveness check", "operationId": "health", "responses": {"200": {"description": "ok", "content": {"text/plain": {"schema": {"type": "string"}}}}}}},
            "/api/v1/openapi.json": {"get": {"summary": "This document", "operationId": "openapi", "responses": {"200": {"description": "The OpenAPI document", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
            "/api/v1/opportunities": {
              "get": {"summary": "Search published opportunities", "operationId": "searchOpportunities", "parameters": LIST_PARAMETERS,
                "responses": {"200": {"description": "A page of results with facets", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResult"}}}}, "400": {"$ref": "#/components/responses/Error"}}},
              "post": {"summary": "Create a listing", "operationId": "createOpportunity", "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OpportunityInput"}}}},
                "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Opportunity"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/opportunities/{id}": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "get": {"summary": "One published opportunity", "operationId": "getOpportunity",
                "responses": {"200": {"description": "The opportunity", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Opportunity"}}}}, "404": {"$ref": "#/components/responses/Error"}}},
              "put": {"summary": "Replace your listing", "operationId": "updateOpportunity", "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OpportunityInput"}}}},
                "responses": {"200": {"description": "Updated", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Opportunity"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}},
              "delete": {"summary": "Withdraw your listing (archived)", "operationId": "deleteOpportunity", "security": [{"bearer": []}],
                "responses": {"204": {"description": "Withdrawn"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/my/opportunities": {
              "get": {"summary": "Every listing of your provider, whatever its status (submitted, returned… with the moderator's reason)", "operationId": "myOpportunities", "security": [{"bearer": []}],
                "responses": {"200": {"description": "Your listings", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Opportunity"}}}}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/moderation/queue": {
              "get": {"summary": "Listings waiting for your moderation (a hub's area, or national: virtual and outside every hub), oldest first", "operationId": "moderationQueue", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The queue", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/ModerationItem"}}}}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/opportunities/{id}/approve": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "post": {"summary": "Approve a waiting listing: it is published", "operationId": "approveOpportunity", "security": [{"bearer": []}],
                "responses": {"200": {"description": "Approved", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ModerationItem"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/opportunities/{id}/return": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "post": {"summary": "Return a waiting listing (or take down a published one) with a reason its provider sees", "operationId": "returnOpportunity", "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["reason"], "properties": {"reason": {"type": "string", "maxLength": 1000}}}}}},
                "responses": {"204": {"description": "Returned"}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/providers/{id}/badges": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "post": {"summary": "Grant a provider an accreditation badge (assessors, in their body's name; national admins)", "operationId": "grantBadge", "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["name", "expires"], "properties": {
                  "name": {"type": "string", "maxLength": 100}, "expires": {"type": "string", "format": "date", "description": "The last day it counts; today to five years ahead."}, "evidence": {"type": "string", "maxLength": 2000}}}}}},
                "responses": {"201": {"description": "Granted", "content": {"application/json": {"schema": {"type": "object", "properties": {"id": {"type": "string", "format": "uuid"}}}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/providers/{id}/trust": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "put": {"summary": "Mark a provider trusted (its listings publish without waiting for moderation) or not (national admins)", "operationId": "setProviderTrust", "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["trusted"], "properties": {"trusted": {"type": "boolean"}}}}}},
                "responses": {"200": {"description": "Saved", "content": {"application/json": {"schema": {"type": "object", "properties": {"trusted": {"type": "boolean"}}}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/badges/{id}/revoke": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "post": {"summary": "Revoke a badge your body granted (national admins: any), with a reason", "operationId": "revokeBadge", "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["reason"], "properties": {"reason": {"type": "string", "maxLength": 1000}}}}}},
                "responses": {"204": {"description": "Revoked"}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/opportunities/{id}/reviews": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "get": {"summary": "Ratings of a published opportunity's provider: stars always, comments once a national admin has read them", "operationId": "listReviews",
                "responses": {"200": {"description": "Reviews", "content": {"application/json": {"schema": {"type": "object", "properties": {"items": {"type": "array", "items": {"type": "object", "properties": {
                  "id": {"type": "string", "format": "uuid"}, "organisation": {"type": "string"}, "stars": {"type": "integer"}, "comment": {"type": ["string", "null"]}, "updated_at": {"type": "string", "format": "date-time"}, "given_before_participation": {"type": "boolean", "description": "Given before ratings needed a finished placement with the provider; still counted."}}}}}}}}}, "404": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/opportunities/{id}/review": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "put": {"summary": "Rate the provider (careers leaders of a school, or hub coordinators of a hub, whose students finished a placement with the provider, else 403 no_placement; one rating per organisation per opportunity, replaced on each PUT)", "operationId": "rateOpportunity", "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["stars"], "properties": {"stars": {"type": "integer", "minimum": 1, "maximum": 5}, "comment": {"type": "string", "maxLength": 2000}}}}}},
                "responses": {"204": {"description": "Saved"}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/rounds": {
              "get": {"summary": "Allocation rounds you may see, newest first", "operationId": "listRounds", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The rounds", "content": {"application/json": {"schema": {"type": "object", "properties": {"rounds": {"type": "array", "items": {"$ref": "#/components/schemas/Round"}}}}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}},
              "post": {"summary": "Create a round for your school (careers leaders), hub (hub coordinators) or the national virtual pool (national admins)", "operationId": "createRound", "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RoundInput"}}}},
                "responses": {"201": {"description": "Created, being set up", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Round"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/rounds/{id}": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "get": {"summary": "A round's rules, seed and pledges", "operationId": "getRound", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The round", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Round"}}}}, "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/rounds/{id}/open": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "post": {"summary": "Open the round for preferences: its settings are fixed from now on", "operationId": "openRound", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The round", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Round"}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/rounds/{id}/run": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "post": {"summary": "Run the round after preferences close (all offers written or none); again to redo it before publishing", "operationId": "runRound", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The round", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Round"}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/rounds/{id}/publish": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "post": {"summary": "Make the run's offers and tell the students", "operationId": "publishRound", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The round", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Round"}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/rounds/{id}/reclear": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "post": {"summary": "Offer a published round's returned places (declined, refused consent, not answered) to the students who took part and have no offer, by the round's rules; as often as places come back", "operationId": "reclearRound", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The round", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Round"}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/rounds/{id}/pledges/{opportunity}": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}, {"name": "opportunity", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "put": {"summary": "Pledge places of your published listing to a round (taken from its places; may grow, and shrink only before preferences open)", "operationId": "pledgeToRound", "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["places"], "properties": {"places": {"type": "integer", "minimum": 1, "maximum": 1000}, "priority": {"type": "array", "items": {"type": "string", "enum": ["disadvantaged", "send", "no_prior", "local"]}, "description": "This listing's own priority order in the round (e.g. local first for hub-sourced places)."}}}}}},
                "responses": {"200": {"description": "The round", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Round"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}},
              "delete": {"summary": "Withdraw the pledge while the round is being set up (its places come back)", "operationId": "withdrawPledge", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The round", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Round"}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/rounds/{id}/choices/{student}": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}, {"name": "student", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "get": {"summary": "A student's choices in a round (the student, or their school's staff)", "operationId": "getChoices", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The choices", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Choices"}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}},
              "put": {"summary": "Replace a student's choices while preferences are open: each must be the round's, eligible (year, distance or online, access needs) and chosen once", "operationId": "setChoices", "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Choices"}}}},
                "responses": {"200": {"description": "The choices", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Choices"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/offers": {
              "get": {"summary": "Your offers (a student) or your children's (a parent), newest first", "operationId": "listOffers", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The offers", "content": {"application/json": {"schema": {"type": "object", "properties": {"offers": {"type": "array", "items": {"$ref": "#/components/schemas/Offer"}}}}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/offers/{id}": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "get": {"summary": "An offer with its placement's facts and the round's explanation", "operationId": "getOffer", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The offer", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Offer"}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/offers/{id}/accept": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "post": {"summary": "Accept the offer by its deadline (the student, or their school's staff)", "operationId": "acceptOffer", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The offer, accepted (or confirmed when no consent is needed)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Offer"}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/offers/{id}/decline": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "post": {"summary": "Decline the offer (its place goes back to the round)", "operationId": "declineOffer", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The offer, declined", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Offer"}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/offers/{id}/consent": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "post": {"summary": "A linked parent or carer gives or refuses consent to an accepted offer", "operationId": "consentToOffer", "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ConsentInput"}}}},
                "responses": {"200": {"description": "The offer, confirmed or declined", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Offer"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/placements": {
              "get": {"summary": "Your organisation's confirmed and finished placements (providers; every read is audited against the student)", "operationId": "listPlacements", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The placements", "content": {"application/json": {"schema": {"type": "object", "properties": {"placements": {"type": "array", "items": {"$ref": "#/components/schemas/Placement"}}}}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/placements/{id}": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "get": {"summary": "One placement at your organisation: its days with their attendance marks, your feedback and what it delivered (audited against the student)", "operationId": "getPlacement", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The placement", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PlacementRecord"}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}},
              "put": {"summary": "Record a confirmed or finished placement's attendance (days that have come), feedback (once it has started) and the marks of a meaningful experience it delivered; what is left out keeps its value, an empty mark or feedback clears it. A finished placement's journey entry follows.", "operationId": "recordPlacement", "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {
                  "attendance": {"type": "object", "description": "Days as YYYY-MM-DD", "additionalProperties": {"type": "string", "enum": ["attended", "absent", ""]}},
                  "feedback": {"type": "string", "maxLength": 2000},
                  "delivered": {"type": "array", "items": {"type": "string", "enum": ["shared_purpose", "two_way_interaction", "range_of_people", "employer_task"]}}}}}}},
                "responses": {"200": {"description": "The placement as recorded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PlacementRecord"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/calendar-link": {
              "post": {"summary": "Make a private calendar link (iCalendar) of the placements your organisation hosts (providers' people; dates, places and how many students, never names). Any earlier link stops working. The address is shown this once.", "operationId": "makeCalendarLink", "security": [{"bearer": []}],
                "responses": {"201": {"description": "The new link", "content": {"application/json": {"schema": {"type": "object", "required": ["url"], "properties": {"url": {"type": "string", "format": "uri"}}}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}},
              "delete": {"summary": "Stop your private calendar link (204 whether or not one was working)", "operationId": "stopCalendarLink", "security": [{"bearer": []}],
                "responses": {"204": {"description": "Stopped"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/placements/{id}/cancel": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "post": {"summary": "Cancel a confirmed placement at your organisation, with the reason the student and family read; a round's student goes first when its places are offered again, a request's place goes back to the listing", "operationId": "cancelPlacement", "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["reason"], "properties": {"reason": {"type": "string", "minLength": 1, "maxLength": 300}}}}}},
                "responses": {"200": {"description": "Your confirmed placements", "content": {"application/json": {"schema": {"type": "object", "properties": {"placements": {"type": "array", "items": {"$ref": "#/components/schemas/Placement"}}}}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/requests": {
              "get": {"summary": "The requests for places you may see: your own (a student), your school's (staff), those to your listings (a provider; every read is audited against the student)", "operationId": "listRequests", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The requests, those waiting first", "content": {"application/json": {"schema": {"type": "object", "properties": {"requests": {"type": "array", "items": {"$ref": "#/components/schemas/PlaceRequest"}}}}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/students/{student}/requests": {
              "parameters": [{"name": "student", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "post": {"summary": "Ask the provider for a place for the student (the student, or their school's staff): a published listing for their year, still to come, with places left", "operationId": "requestPlace", "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["opportunity_id"], "properties": {"opportunity_id": {"type": "string", "format": "uuid"}, "message": {"type": ["string", "null"], "maxLength": 600}}}}}},
                "responses": {"201": {"description": "The request", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PlaceRequest"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/requests/{id}/accept": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "post": {"summary": "Accept a request to your listing: the student is offered the place, taken from its places left (409 no_places_left when none is)", "operationId": "acceptRequest", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The request, with its offer", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PlaceRequest"}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/requests/{id}/decline": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "post": {"summary": "Decline a request to your listing, with an optional reason the student reads", "operationId": "declineRequest", "security": [{"bearer": []}],
                "requestBody": {"required": false, "content": {"application/json": {"schema": {"type": "object", "properties": {"reason": {"type": ["string", "null"], "maxLength": 300}}}}}},
                "responses": {"200": {"description": "The request, declined", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PlaceRequest"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/requests/{id}/withdraw": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
              "post": {"summary": "Take back a request the provider has not answered (the student, or their school's staff)", "operationId": "withdrawRequest", "security": [{"bearer": []}],
                "responses": {"200": {"description": "The request, withdrawn", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PlaceRequest"}}}}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/me": {
              "get": {"summary": "Who your credentials belong to and the role they act through", "operationId": "me", "security": [{"bearer": []}],
                "responses": {"200": {"description": "You", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Me"}}}}, "401": {"$ref": "#/components/responses/Error"}}}
            },
            "/api/v1/feed": {
              "put": {"summary": "Upsert your whole feed (up to 5,000 items, all or nothing)", "operationId": "putFeed", "security": [{"bearer": []}],
                "parameters": [{"name": "mode", "in": "query", "schema": {"type": "string", "enum": ["upsert", "full"], "default": "upsert"}, "description": "full closes your feed listings absent from this request."}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["items"], "properties": {"items": {"type": "array", "maxItems": 5000, "items": {"$ref": "#/components/schemas/OpportunityInput"}}}}}}},
                "responses": {"200": {"description": "What changed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FeedReport"}}}}, "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}}}
            }
          }
        }
        """#.replacingOccurrences(of: "LIST_PARAMETERS", with: listParameters)
}
