/**
 * Stage 3, the Cloud Engineer's work: the tasks Agent Bill generates on approval (one folder of
 * templates per platform), their pre-written steps, check-offs, SLA and overdue flag, the
 * Engineering Tracking queue, and Mark Implemented.
 */
package dev.onramp.app.implementation;
