package io.portalops.event;

import org.springframework.data.jpa.repository.JpaRepository;

interface EventTypeRepository extends JpaRepository<EventTypeEntity, String> {}
