package dev.onramp.app.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogModelRepository extends JpaRepository<CatalogModel, String> {}
