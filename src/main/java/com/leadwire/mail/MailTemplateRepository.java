package com.leadwire.mail;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailTemplateRepository extends JpaRepository<MailTemplate, Long> {

    List<MailTemplate> findAllByOrderByNameAscLanguageAsc();

    Optional<MailTemplate> findByNameAndLanguage(String name, String language);

    long countByName(String name);
}
