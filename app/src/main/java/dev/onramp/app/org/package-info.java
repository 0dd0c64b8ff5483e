/**
 * The organisation a workload belongs to: Business Unit (E1) → Department (E2) → Portfolio (E3) →
 * Product (E4), each node with its owners. The owners of a product may request workloads for it and
 * claim them; spend rolls up the same tree.
 */
package dev.onramp.app.org;
