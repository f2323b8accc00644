package br.com.atende.availability;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAvailabilityRepository extends JpaRepository<UserAvailability, String> {}
