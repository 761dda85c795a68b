/**
 * The HTTP edge shared by every channel: API keys, request size limits, problem+json answers
 * for Camel routes and controllers, readiness, OpenAPI; and the API's own endpoints.
 */
package com.leadwire.api;
