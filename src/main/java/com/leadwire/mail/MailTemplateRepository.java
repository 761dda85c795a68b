package com.leadwire.mail;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailTemplateRepository extends JpaRepository<MailTemplate, Long> {

    Optional<MailTemplate> findByName(String name);
}
