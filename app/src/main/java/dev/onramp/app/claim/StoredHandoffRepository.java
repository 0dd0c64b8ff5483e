package dev.onramp.app.claim;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredHandoffRepository extends JpaRepository<StoredHandoff, String> {}
