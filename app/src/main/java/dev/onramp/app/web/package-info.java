/**
 * What every REST controller shares: the exceptions a service throws to refuse a request, and the
 * advice that answers them as RFC 9457 problem details naming the offending field.
 */
package dev.onramp.app.web;
