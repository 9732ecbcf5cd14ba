site-name = Кеңес
site-tagline = Обращения граждан и диалог
skip-to-content = Перейти к содержанию
nav-label = Основная навигация
nav-home = Главная
nav-track = Проверить обращение
lang-label = Язык

home-title = Вас услышат. Вам ответят.
home-lead = Подайте обращение в государственный орган, следите за каждым шагом на открытой ленте событий и просите нейтрального медиатора, когда нужен диалог, а не письмо.
home-cta-track = Проверить обращение

how-title = Как это работает
how-file-title = Подайте
how-file-text = Опишите проблему в несколько шагов с любого телефона. Код отслеживания вы получите сразу.
how-follow-title = Следите
how-follow-text = Каждый шаг — на ленте событий, вместе с законным сроком: 15 рабочих дней.
how-mediate-title = Договоритесь
how-mediate-text = Сертифицированный медиатор сводит вас и ответственный орган, чтобы вместе найти решение.

levels-title = Три уровня медиации
level-local = Местный: акиматы районов и городов
level-regional = Региональный: общественные центры медиации областей
level-national = Республиканский: национальный центр медиации

stats-title = Портал сегодня
stat-total = обращений подано
stat-open = в работе
stat-mediation = в медиации
stat-resolved = решено

recent-title = Новые публичные обращения
recent-empty = Публичных обращений пока нет.
author-hidden = Имя скрыто

status-submitted = Подано
status-accepted = Принято
status-redirected = Перенаправлено
status-extended = Срок продлён
status-answered = Дан ответ
status-in_mediation = В медиации
status-resolved = Решено
status-not_resolved = Не решено
status-closed = Закрыто
status-rejected = Отклонено
status-withdrawn = Отозвано
status-reopened = Открыто повторно
status-escalated = Передано выше

track-title = Проверить обращение
track-lead = Введите код отслеживания, полученный при подаче.
track-label = Код отслеживания
track-hint = Например, KZ-26-7F3K-92QD
track-submit = Показать статус
track-invalid = Код отслеживания выглядит так: KZ-26-7F3K-92QD — «KZ», год и две группы из четырёх букв или цифр.
track-not-found = Обращения с таким кодом нет. Проверьте код и попробуйте снова.
track-status = Статус
track-category = Категория
track-place = Место
track-submitted = Подано
track-due = Ответ до
track-overdue = Срок ответа истёк
track-days-left = { $n ->
    [one] остался { $n } рабочий день
    [few] осталось { $n } рабочих дня
   *[many] осталось { $n } рабочих дней
}
track-private = Это закрытое обращение: его текст видят только стороны и назначенные сотрудники.

footer-text = Кеңес — открытое программное обеспечение для обращений граждан и медиации.
notfound-title = Страница не найдена
notfound-text = Такой страницы нет или она перемещена.
notfound-home = На главную
