/*
Package gofakeit provides a set of functions that generate random data
*/
package gofakeit
