site-name = Кеңес
site-tagline = Обращения граждан и диалог
skip-to-content = Перейти к содержанию
nav-label = Основная навигация
nav-more = Ещё
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
author-seen-by-few = скрыто от всех: это имя видят только автор и сотрудники

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

nav-signin = Войти
nav-signup = Создать учётную запись
field-email = Электронная почта
field-display-name = Отображаемое имя
field-display-name-hint = Видно другим вместо вашего настоящего имени.
field-password = Пароль
field-new-password = Новый пароль
field-password-hint = Не меньше 8 символов; 15 и больше — надёжнее. Фразу из нескольких слов легко запомнить.
signup-title = Создать учётную запись
signup-submit = Создать
signup-done = Почти готово: мы отправили вам письмо. Откройте ссылку в нём, чтобы подтвердить адрес.
signup-have-account = Уже есть учётная запись? Войдите
signin-title = Вход
signin-submit = Войти
signin-forgot = Забыли пароль?
signin-no-account = Нет учётной записи? Создайте
verify-title = Подтвердите почту
verify-lead = Нажмите кнопку, чтобы подтвердить, что этот адрес ваш.
verify-submit = Подтвердить почту
verify-done = Почта подтверждена. Теперь можно войти.
verify-adopted = { $n ->
    [one] Обращение, поданное вами с этого адреса без учётной записи, теперь ваше: после входа оно в разделе «Мои обращения».
   *[other] Обращения ({ $n }), поданные вами с этого адреса без учётной записи, теперь ваши: после входа они в разделе «Мои обращения».
}
reset-title = Сброс пароля
reset-lead = Введите адрес почты. Если он связан с учётной записью, мы пришлём ссылку для нового пароля.
reset-submit = Отправить ссылку
reset-done = Если у этого адреса есть учётная запись, ссылка уже в пути. Она действует один час.
reset-new-title = Новый пароль
reset-new-submit = Сохранить пароль
reset-new-done = Пароль изменён, все сеансы завершены. Войдите с новым паролем.
account-title = Ваша учётная запись
account-signout = Выйти
account-signout-all = Выйти на всех устройствах
account-signout-all-hint = Завершает все сеансы во всех браузерах и на всех телефонах.
err-email-invalid = Введите адрес почты вида name@example.kz.
err-name-required = Введите отображаемое имя.
err-name-too-long = Не больше 80 символов.
err-password-too-short = Не меньше 8 символов.
err-password-too-long = Не больше 128 символов.
err-password-common = Этот пароль — один из самых распространённых, его легко угадать. Выберите другой.
err-credentials = Неверная почта или пароль.
err-not-verified = Сначала подтвердите почту: откройте ссылку из нашего письма.
err-locked = Слишком много неудачных попыток для этой учётной записи. Повторите через { $minutes } мин.
err-rate-limited = Слишком много попыток с вашего подключения. Повторите через { $minutes } мин.
err-token-invalid = Ссылка недействительна, уже использована или устарела. Запросите новую.
err-server = У нас что-то пошло не так. Попробуйте ещё раз.
err-summary-title = Есть ошибки
err-summary-page-title = Ошибка: { $title }
err-reference = (Номер для службы поддержки: { $id })
err-storage-full = На сервере закончилось место, поэтому ничего не сохранено. Введённый текст остался здесь: попробуйте позже.
err-unavailable = Сервис перезапускается. Ничего не сохранено, введённый текст остался здесь. Попробуйте через несколько секунд.
mail-verify-subject = Подтвердите почту для Кеңес
mail-verify-body = Здравствуйте!

    Чтобы завершить создание учётной записи Кеңес, откройте ссылку:
    { $link }

    Ссылка действует 48 часов. Если вы не регистрировались, просто проигнорируйте письмо.
mail-existing-subject = Ваша учётная запись Кеңес
mail-existing-body = Здравствуйте!

    Кто-то пытался создать учётную запись Кеңес с этим адресом, но она у вас уже есть.
    Если это были вы, войдите или задайте новый пароль здесь:
    { $link }
mail-reset-subject = Новый пароль для Кеңес
mail-reset-body = Здравствуйте!

    Чтобы задать новый пароль, откройте ссылку (она действует один час):
    { $link }

    Если вы этого не просили, проигнорируйте письмо: пароль останется прежним.
mail-changed-subject = Пароль Кеңес изменён
mail-changed-body = Здравствуйте!

    Ваш пароль Кеңес только что изменён, все сеансы завершены.
    Если это были не вы, сразу сбросьте пароль.
mfa-title = Двухэтапный вход
mfa-lead = Введите 6-значный код из приложения-аутентификатора.
mfa-code = Код
mfa-code-hint = Или один из ваших резервных кодов.
mfa-submit = Продолжить
err-code = Код неверный или уже использован. Дождитесь следующего кода и попробуйте снова.
totp-title = Двухэтапный вход
totp-lead = С двухэтапным входом украденного пароля недостаточно, чтобы войти в вашу учётную запись. Для сотрудников он обязателен.
totp-start = Настроить двухэтапный вход
totp-step-app = Добавьте Кеңес в приложение-аутентификатор (например, FreeOTP или Aegis).
totp-open-app = Открыть в приложении на этом телефоне
totp-step-secret = Или введите этот ключ в приложение:
totp-confirm = Включить
totp-done = Двухэтапный вход включён. Другие ваши сеансы завершены.
totp-codes-lead = Сохраните эти резервные коды в надёжном месте. Каждый сработает один раз, если вы потеряете телефон; они показываются только сейчас.
totp-on = Двухэтапный вход для вашей учётной записи включён.
totp-required = У вашей учётной записи есть роль сотрудника: настройте двухэтапный вход, чтобы ею пользоваться.
account-export = Скачать мои данные (JSON)
delete-title = Удалить учётную запись
delete-lead = Учётная запись, сеансы и письма удаляются навсегда. Поданные вами обращения остаются в открытом доступе без вашего имени («удалённый пользователь»). Введите пароль для подтверждения.
delete-submit = Удалить навсегда
delete-done = Ваша учётная запись удалена. Никаких ваших личных данных на портале не осталось.
err-password-wrong = Это не ваш пароль.
admin-roles-title = Роли сотрудников
admin-roles-active = Действующие роли
admin-role = Роль
admin-scope = Область
admin-granted = Выдана
admin-revoke = Отозвать
admin-grant-title = Выдать роль
admin-grant = Выдать
admin-body = Ответственный орган
admin-body-hint = Для должностных лиц: код их органа.
admin-level = Уровень
admin-kato = Территория (код КАТО)
admin-kato-hint = Для координаторов местных и региональных центров и для медиаторов, например 11 или 1132.
admin-granted-done = Роль выдана.
admin-revoked = Роль отозвана.
role-official = Должностное лицо
role-coordinator = Координатор
role-mediator = Медиатор
role-moderator = Модератор
role-administrator = Администратор
level-name-local = Местный
level-name-regional = Региональный
level-name-national = Республиканский
err-forbidden = У вас нет права на это действие.
err-unknown-user = Учётной записи с такой почтой нет.
err-scope-required = Для этой роли нужно заполнить это поле.
err-unknown-kato = Территории с таким кодом КАТО нет.
err-unknown-role = Выберите одну из ролей.
nav-admin = Администрирование
profile-title = Имя и язык
profile-save = Сохранить
profile-saved = Сохранено.
field-legal-name = Настоящее имя (по желанию)
field-legal-name-hint = Никогда не показывается публично; его видят только сотрудники, работающие с вашими обращениями.
field-locale = Язык портала и наших писем
err-legal-name-too-long = Не больше 200 символов.
err-locale-invalid = Выберите казахский, русский или английский.
password-title = Сменить пароль
password-submit = Сменить пароль
password-changed = Пароль изменён. Другие ваши сеансы завершены.
field-current-password = Текущий пароль
nav-file = Подать обращение
home-cta-file = Подать обращение
file-title = Подать обращение
file-kind = Вид обращения
kind-application = Заявление
kind-complaint = Жалоба
kind-proposal = Предложение
kind-inquiry = Запрос
kind-feedback = Отклик
file-category = Категория
file-choose = Выберите…
file-place = Место
file-place-hint = Район или город, где возникла проблема.
file-region = Область или город республиканского значения
file-region-any = Любая область
file-region-show = Показать её районы
file-alike-check = Проверить, не сообщили ли уже
file-alike-title = Об этом уже сообщили?
file-alike-lead = Открытые обращения такого рода в этом месте. Если одно из них — ваша проблема, поддержите его вместо новой подачи: орган увидит, скольких людей она касается, а вы будете узнавать о каждом шаге.
file-alike-kept = Введённое сохранено как черновик: оно будет здесь, когда вы вернётесь.
file-alike-none = В этом месте пока нет открытых обращений такого рода.
file-alike-choose = Сначала выберите тему и район или город.
card-supporters = { $n ->
    [one] { $n } сторонник
    [few] { $n } сторонника
   *[many] { $n } сторонников
}
file-landmark = Где именно (необязательно)
file-landmark-hint = Улица, дом или известное всем место, например «колодец за школой № 3».
file-title-field = Заголовок
file-title-hint = Коротко, например «Нет горячей воды в доме 5».
file-body = Описание
file-body-hint = Что случилось, где и с какого времени. До 4000 символов. Не указывайте чужие персональные данные.
file-lang = Язык вашего текста
file-privacy = Кто может видеть
privacy-public_anonymous = Публично без моего имени
privacy-public_anonymous-hint = Текст может прочитать каждый; кто подал, видят только сотрудники, работающие с обращением.
privacy-public = Публично с моим отображаемым именем
privacy-public-hint = Каждый может прочитать и увидеть ваше отображаемое имя.
privacy-private = Закрыто
privacy-private-hint = Только вы и сотрудники, работающие с обращением.
file-submit = Подать обращение
file-done = Обращение подано. Мы отправили вам письмо с подтверждением.
file-done-keep = Сохраните код отслеживания: по нему можно следить за каждым шагом.
file-follow = Следить
my-title = Мои обращения
my-empty = Вы ещё не подавали обращений.
my-supported = Обращения, которые я поддерживаю
err-file-choose = Выберите один из вариантов.
err-file-required = Заполните это поле.
err-file-too-short = Напишите немного подробнее.
err-file-too-long = Слишком длинно.
err-file-category-choose = Выберите категорию.
err-file-kato-choose = Выберите район или город, где возникла проблема.
err-file-appeal_kind-choose = Выберите вид обращения.
err-file-privacy-choose = Выберите, кто может его видеть.
err-file-lang-choose = Выберите язык вашего текста.
err-file-title-required = Напишите заголовок обращения.
err-file-title-too-short = Напишите заголовок чуть подробнее.
err-file-title-too-long = Заголовок слишком длинный.
err-file-body-required = Опишите проблему.
err-file-body-too-short = Опишите проблему немного подробнее.
err-file-body-too-long = Описание слишком длинное.
err-file-landmark-too-long = «Где именно»: слишком длинно.
mail-filed-subject = Обращение «{ $title }» ({ $code }) подано
mail-filed-body = Здравствуйте!

    Ваше обращение подано, код отслеживания «{ $title }» ({ $code }).
    Ответственный орган должен ответить в течение 15 рабочих дней. Следите за каждым шагом здесь:
    { $link }
track-timeline = Ход рассмотрения
actor-citizen = гражданин
actor-official = должностное лицо
actor-coordinator = координатор
actor-mediator = медиатор
actor-system = Кеңес

## Grievance page and handling
g-body = Ответственный орган
g-body-none = ещё не назначен
g-author = Автор
g-supports = Поддержали
g-duplicate-of = Дубликат обращения
g-answer = Ответ
g-rated = Оценка гражданина: { $n } из 5
g-actions = Что вы можете сделать
g-op-accept = Принять к рассмотрению
g-op-support = Поддержать обращение
g-support-lead = Это и ваша проблема? Ваша поддержка показывает органу, скольких людей она касается.
g-support-signin = Войдите, чтобы поддержать
g-op-close = Меня устраивает: закрыть
g-op-withdraw = Отозвать
g-op-answer = Отправить ответ
g-op-extend = Продлить срок
g-op-redirect = Перенаправить
g-op-reject = Отказать
g-op-escalate = Передать на следующий уровень
g-op-link = Связать как дубликат
g-op-rate = Оценить ответ
g-op-reopen = Возобновить
g-answer-answer = Ответ гражданину
g-answer-preview-button = Посмотреть ответ
g-answer-preview = Заявитель получит такой ответ
g-reject-reason = Причина отказа
g-escalate-reason = Причина передачи
g-reopen-reason = Почему ответ не решает проблему
g-withdraw-warning = Отозванное обращение закрывается навсегда: его нельзя возобновить, и орган прекращает работу по нему.
g-withdraw-reason = Почему вы отзываете обращение
g-withdraw-confirm = Да, отозвать навсегда
err-g-withdraw-unconfirmed = Отметьте, что отзываете обращение навсегда.
g-op-hide = Скрыть из открытого доступа
g-hide-warning = Обращение будут видеть только вы и сотрудники, которые его рассматривают. Рассмотрение продолжится как прежде, но обращение исчезнет из открытого списка, а поддержавшие его больше не получат писем о нём. Снова открыть его будет нельзя.
g-hide-confirm = Да, скрыть из открытого доступа навсегда
err-g-hide-unconfirmed = Отметьте, что обращение нужно скрыть навсегда.
g-hide-moderator = Текст нарушает правила (оскорбления, чужие персональные данные): его будут видеть только автор и сотрудники. Автору сообщат причину.
g-hide-reason = Какое правило нарушено
err-g-already-private = Обращение уже скрыто из открытого доступа.
g-done-hide = Обращение скрыто: его видят только автор и сотрудники.
g-event-hidden = Скрыто из открытого доступа
g-op-report = Пожаловаться на обращение
g-report-reason = Что нарушает правила
g-report-hint = Оскорбления, угрозы или чужие персональные данные (имя с адресом, номер телефона). Модератор региона рассмотрит жалобу; никто не узнает, кто пожаловался.
err-g-reported = Вы уже пожаловались на это обращение.
g-done-report = Спасибо. Модератор рассмотрит жалобу.
g-reports = Жалобы читателей:
g-op-dismiss-reports = Нарушений нет: отклонить жалобы
g-done-dismiss-reports = Жалобы отклонены.
err-g-report-settled = Открытых жалоб на обращение нет.
err-g-answer-too-short = В ответе по закону должно быть не меньше 20 символов: напишите, что сделано или решено.
g-extend-until = Новый срок
g-extend-reason = Причина продления (гражданин будет уведомлён)
g-redirect-body = Компетентный орган
g-redirect-reason = Почему вопрос вне вашей компетенции
g-link-of = Код исходного обращения
g-link-candidates = Возможно, та же проблема
g-link-candidates-lead = Открытые обращения той же темы в том же месте, поданные раньше этого. После связи это обращение следует ходу рассмотрения того, а его сторонники засчитываются тому.
g-link-this = Связать с этим
g-rate-legend = Насколько хорош ответ? (1 плохо – 5 хорошо)
g-done-accept = Принято. Гражданин уведомлён.
g-done-redirect = Перенаправлено. Гражданин уведомлён.
g-done-extend = Срок продлён. Гражданин уведомлён.
g-done-answer = Ответ отправлен.
g-done-reject = Отказано. Гражданин уведомлён.
g-done-escalate = Передано на следующий уровень.
g-done-withdraw = Вы отозвали обращение.
g-done-close = Закрыто. Спасибо.
g-done-reopen = Возобновлено. У органа новый срок.
g-done-support = Спасибо за поддержку. Мы напишем вам, когда на обращение ответят или оно продвинется (такие письма можно отключить в настройках писем).
g-op-unsupport = Отозвать поддержку
g-done-unsupport = Вы отозвали поддержку и больше не будете получать писем об этом обращении.
err-g-not-supported = Вы не поддерживаете это обращение.
g-done-rate = Спасибо за оценку.
g-done-link = Связано как дубликат.
g-event-rated = Ответ оценён на { $n } из 5
g-event-overdue = Срок { $due } пропущен: передано выше
g-event-duplicate-of = Связано как дубликат { $code }
g-event-duplicate-linked = { $code } связано как дубликат
err-g-required = Заполните это поле.
err-g-too-short = Напишите не меньше 10 символов.
err-g-too-long = Не больше 4000 символов.
err-g-choose = Выберите из списка.
err-g-body-choose = Выберите орган, которому передать обращение.
err-g-rating-choose = Выберите оценку от 1 до 5.
err-g-q_neutral-choose = Выберите оценку от 1 до 5.
err-g-q_heard-choose = { err-g-q_neutral-choose }
err-g-q_clear-choose = { err-g-q_neutral-choose }
err-g-q_again-choose = { err-g-q_neutral-choose }
err-g-languages-choose = Выберите языки из списка.
err-g-specialisations-choose = Выберите области из списка.
err-g-redirect-late = Перенаправить обращение можно только в течение 3 рабочих дней с получения.
err-g-date = Введите дату в виде ГГГГ-ММ-ДД.
err-g-not-later = Новый срок должен быть позже текущего.
err-g-too-late = Срок можно продлить не более чем до 2 месяцев с подачи.
err-g-top-level = Обращение уже на республиканском уровне.
err-g-reopen-late = Возобновить обращение можно в течение 30 дней после ответа.
err-g-not-answered = Ответа для оценки ещё нет.
err-g-own = Нельзя поддержать собственное обращение.
err-g-already = Вы уже поддержали это обращение.
err-g-unknown = Обращения с таким кодом нет.
err-g-same = Обращение не может быть дубликатом самого себя или своего дубликата.
err-g-illegal = В текущем состоянии обращения этот шаг невозможен. Обновите страницу.

## Lists
list-title = Публичные обращения
list-region = Регион
list-all = Все
list-filter = Показать
list-count = { $n ->
    [one] { $n } обращение
    [few] { $n } обращения
   *[other] { $n } обращений
}
list-pages = Страницы
list-prev = Назад
list-next = Дальше
queue-title = Очередь
queue-open = Все открытые
nav-grievances = Обращения
nav-queue = Очередь

## Mail preferences
mailprefs-title = Письма о моих обращениях
mailprefs-lead = Письма, которые требует закон (подача, продление, ответ, отказ), приходят всегда. Выберите, какие ещё вы хотите получать.
mailprefs-legend = Присылать письмо, когда обращение
mailprefs-saved = Выбор сохранён.
mailprefs-accepted = принято к рассмотрению
mailprefs-redirected = перенаправлено в другой орган
mailprefs-escalated = передано на уровень выше
mailprefs-deadline_missed = просрочено
mailprefs-mediation = по нему предложена или продвигается медиация
mailprefs-queue = оно поступает в очередь моего органа (для сотрудников)
mailprefs-supported-legend = Обращения, которые я поддерживаю
mailprefs-supported = сообщать, когда на обращение ответили, оно передано на медиацию, решено, передано выше или завершено
account-mail-link = Настройки писем

## Grievance mails
mail-accepted-subject = Обращение «{ $title }» ({ $code }) принято
mail-accepted-body = Здравствуйте!

    Ответственный орган принял ваше обращение «{ $title }» ({ $code }) к рассмотрению.
    Следите за ним здесь: { $link }
mail-redirected-subject = Обращение «{ $title }» ({ $code }) перенаправлено
mail-redirected-body = Здравствуйте!

    Ваше обращение «{ $title }» ({ $code }) вне компетенции первого органа и направлено в: { $body }.
    Следите за ним здесь: { $link }
mail-extended-subject = Срок по обращению «{ $title }» ({ $code }) продлён
mail-extended-body = Здравствуйте!

    Срок рассмотрения вашего обращения «{ $title }» ({ $code }) продлён до { $until }.
    Причина: { $reason }
    Следите за ним здесь: { $link }
mail-answered-subject = На обращение «{ $title }» ({ $code }) дан ответ
mail-answered-body = Здравствуйте!

    Ответственный орган ответил на ваше обращение «{ $title }» ({ $code }):

    { $answer }

    Оцените ответ на странице обращения; если он не решает проблему, возобновите обращение
    в течение 30 дней: { $link }
mail-rejected-subject = По обращению «{ $title }» ({ $code }) отказано
mail-rejected-body = Здравствуйте!

    По вашему обращению «{ $title }» ({ $code }) отказано.
    Причина: { $reason }
    Вы можете возобновить его в течение 30 дней: { $link }
mail-escalated-subject = Обращение «{ $title }» ({ $code }) передано на уровень выше
mail-escalated-body = Здравствуйте!

    Ваше обращение «{ $title }» ({ $code }) передано на уровень: { $level }.
    Причина: { $reason }
    Следите за ним здесь: { $link }
mail-missed-escalated-subject = Срок по обращению «{ $title }» ({ $code }) пропущен
mail-missed-escalated-body = Здравствуйте!

    Орган не ответил на ваше обращение «{ $title }» ({ $code }) до { $due }. Обращение передано на уровень: { $level }, с новым сроком.
    Следите за ним здесь: { $link }
mail-missed-subject = Срок по обращению «{ $title }» ({ $code }) пропущен
mail-missed-body = Здравствуйте!

    Орган не ответил на ваше обращение «{ $title }» ({ $code }) до { $due }. Координаторы оповещены.
    Следите за ним здесь: { $link }
track-open = Открыть страницу обращения

## Bodies and routing
bodies-title = Органы и маршрутизация
bodies-filter = Показать правила для мест внутри
bodies-filter-hint = Код КАТО, например 11 (область) или 1132 (район). Пусто: все правила.
bodies-rules = Правила маршрутизации: обращение уходит в орган ближайшего правила самого низкого уровня, которое покрывает его место и категорию
bodies-delete = Удалить
bodies-rule-title = Добавить правило
bodies-rule-kato-hint = Код КАТО: правило покрывает все места внутри. Пусто: вся страна.
bodies-rule-add = Добавить правило
bodies-body-title = Добавить или изменить орган
bodies-code = Код органа
bodies-code-hint = Строчные латинские буквы, цифры и дефисы, например akimat-1132-water. Существующий код обновляется.
bodies-name-kk = Название на казахском
bodies-name-ru = Название на русском
bodies-name-en = Название на английском
bodies-save = Сохранить орган
bodies-saved = Орган сохранён.
bodies-rule-added = Правило добавлено.
bodies-deleted = Правило удалено.
err-bodies-code = От 3 до 64 строчных латинских букв, цифр и дефисов.
err-bodies-choose = Выберите из списка.
err-bodies-national = У республиканского органа нет кода КАТО.
err-bodies-required = Заполните это поле.
err-bodies-unknown = Места с таким кодом КАТО нет.
file-draft = Сохранить черновик
file-draft-saved = Черновик сохранён. Он будет здесь, когда вы вернётесь.
file-draft-restored = Восстановлен ваш черновик от { $at }.

## Filing without an account
file-guest-lead = Можно подать без учётной записи: мы пришлём ссылку на вашу почту, чтобы её подтвердить. С учётной записью все ваши обращения в одном месте:
file-guest-email-hint = Используется только чтобы подтвердить обращение и сообщать о нём; нигде не показывается.
file-guest-pending-hint = Ссылка действует 48 часов. Пока вы её не откроете, ничего не подано.
file-guest-sent = Почти готово: мы отправили ссылку на { $email }. Откройте её, чтобы подать обращение.
file-guest-again = Письма нет?
file-guest-again-hint = Сначала загляните в папку «Спам». Если адрес неверный, исправьте его здесь: новая ссылка заменит первую.
file-guest-resend = Отправить ссылку ещё раз
err-file-email = Введите адрес вида name@example.kz.
err-file-too-many-filings = С этого адреса за последний час подано слишком много обращений. Попробуйте позже.
guest-confirm-title = Подтвердите обращение
guest-confirm-lead = Нажмите кнопку, чтобы подтвердить почту и подать обращение.
guest-confirm-submit = Подтвердить и подать
guest-keep-link = Сохраните эту ссылку (мы отправили её и письмом): только по ней без учётной записи можно оценить, возобновить или отозвать обращение.
guest-already = Это обращение уже подано. Ваша личная ссылка — в письме, которое мы тогда отправили.
guest-link-invalid = Ссылка недействительна или устарела. Если вы запрашивали ссылку повторно, откройте последнее письмо; иначе подайте обращение заново.
mail-guest-confirm-subject = Подтвердите обращение в Кеңес
mail-guest-confirm-body = Здравствуйте!

    Откройте ссылку, чтобы подтвердить почту и подать обращение:
    { $link }
    Если вы не заполняли форму обращения, просто не обращайте внимания на это письмо: ничего не подано.
mail-guest-filed-subject = Ваше обращение { $code } подано
mail-guest-filed-body = Здравствуйте!

    Ваше обращение подано, код для отслеживания: { $code }.
    Ответственный орган должен ответить в течение 15 рабочих дней. Это ваша личная ссылка, чтобы следить за обращением, оценить, возобновить или отозвать его; не передавайте её никому:
    { $link }
g-files = Фото и документы
g-attach-file = Фото или документы PDF
g-attach-hint = JPEG, PNG, WebP или PDF, до 5 МБ каждый, всего 5.
g-op-attach = Прикрепить
g-done-attach = Прикреплено.
err-g-type = Прикрепить можно только фото JPEG, PNG, WebP и документы PDF.
err-g-too-big = Файл может быть не больше 5 МБ.
err-g-too-many = К обращению можно прикрепить не больше 5 файлов.
err-file-type = Прикрепить можно только фото JPEG, PNG, WebP и документы PDF. Выберите файлы заново.
err-file-too-big = Файл может быть не больше 5 МБ. Выберите файлы заново.
err-file-too-many = Не больше 5 файлов. Выберите файлы заново.

## Mediation
m-title = Медиация
m-lead = Нейтральный сертифицированный медиатор может помочь вам и другой стороне договориться. Медиация добровольна: нужно согласие обеих сторон.
g-m-request-hope = Чего вы ждёте от медиации?
g-op-m-request = Попросить о медиации
m-requested = Медиация запрошена. Она начнётся, когда обе стороны согласятся и медиатор без связей со сторонами подтвердит участие.
m-active = Идёт медиация.
m-party-citizen = Гражданин
m-party-body = Ответственный орган
m-answer-consent = согласен
m-answer-decline = отказался
m-answer-none = ещё не ответил
m-mediator = Медиатор
m-mediator-none = ещё не выбран
g-op-m-consent = Я согласен на медиацию
g-m-decline-reason = Почему вы отказываетесь (причина видна всем в хронологии)
g-op-m-decline = Отказаться от медиации
g-m-object-objection = Почему вы возражаете против этого медиатора (возразить можно один раз)
g-op-m-object = Возразить против медиатора
m-candidates = Медиаторы для этого дела, лучшие первыми
m-specialised = специализируется на таких конфликтах
m-speaks = говорит на языке обращения
g-op-m-propose = Предложить
m-no-conflict = Заявляю, что не связан ни с одной из сторон и не имею конфликта интересов в этом деле.
g-op-m-confirm = Взять дело
g-done-m-request = Медиация запрошена.
g-done-m-consent = Спасибо: ваше согласие записано.
g-done-m-decline = Ваш ответ записан.
g-done-m-object = Возражение записано; координатор предложит другого медиатора.
g-done-m-propose = Медиатор предложен.
g-done-m-confirm = Вы взяли дело.
err-g-mediation-open = Медиация уже запрошена.
err-g-started = Эта медиация уже началась.
err-g-no-mediator = Медиатор ещё не предложен.
err-g-once = Вы уже возражали один раз.
err-g-consent-missing = Сначала обе стороны должны согласиться на медиацию.
g-event-mediation_requested = Запрошена медиация
g-event-mediation_consented = Согласие на медиацию
g-event-mediation_declined = Отказ от медиации
g-event-mediator_proposed = Предложен медиатор
g-event-mediator_objected = Возражение против медиатора

## Mediators
mediator-title = Мой профиль медиатора
mediator-uncertified = Действующий сертификат не записан: вас не предложат, пока администратор его не запишет.
mediator-certified = Сертификат: { $issuer }, № { $number }, действует до { $until }.
mediator-bio = О себе (видят стороны)
mediator-languages = Языки медиации
mediator-specialisations = Специализации
mediator-available = Могу брать новые дела
mediator-ties = Заявленные связи
mediator-ties-lead = Заявите каждую связь с органом, местом или человеком. Вас никогда не предложат для дела, которое их касается.
mediator-tie-kind = Связь с
mediator-tie-value = С кем или чем
mediator-tie-hint = Код органа, код КАТО места или адрес почты человека.
mediator-tie-note = Пояснение (необязательно)
mediator-tie-declare = Заявить связь
tie-body = органом
tie-place = местом
tie-person = человеком
lang-kk = казахский
lang-ru = русский
lang-en = английский
spec-ethnomediation = этномедиация
spec-social = социальные
spec-labour = трудовые
spec-family = семейные
spec-land = земельные
spec-housing = жилищные
spec-environment = экологические
mediators-title = Медиаторы и сертификация
mediators-issuer = Кем выдан
mediators-number = Номер сертификата
mediators-valid-until = Действует до
mediators-certify = Записать сертификат

## Rooms
room-title = Комната диалога
room-not-found = Здесь нет комнаты, или она для вас закрыта.
room-rules-title = Правила комнаты
room-rule-1 = Говорите об интересах и фактах, а не о людях.
room-rule-2 = Без оскорблений, угроз и призывов к вражде против любой группы.
room-rule-3 = Сказанное здесь остаётся здесь, если стороны не согласятся опубликовать итог.
room-rule-4 = Медиатор может скрывать сообщения, отключать участников или закрывать комнату; каждый такой шаг записывается с причиной.
room-rules-accept = Принимаю правила
room-replying = Ответ на
room-message = Ваше сообщение
room-send = Отправить
room-moderation = Модерация
room-reports = Жалобы
room-reason = Причина
room-lock = Закрыть комнату
room-unlock = Открыть комнату
room-locked = Комната закрыта: пишет только медиатор.
room-slow = Медленный режим: одно сообщение от участника раз в (секунд)
room-slow-seconds = Секунд между сообщениями (0: выключено)
room-slow-set = Установить медленный режим
room-log = Журнал модерации
room-log-empty = Модерации не было.
room-action-hide = сообщение скрыто
room-action-mute = участник отключён
room-action-lock = комната закрыта
room-action-unlock = комната открыта
room-action-slow_mode = изменён медленный режим
room-edited = изменено
room-hidden = Скрыто модератором
room-reply = Ответить
room-report = Пожаловаться
room-act = Пожаловаться…
room-act-moderator = Модерировать…
room-edit = Исправить
room-edit-save = Сохранить исправление
room-reported = Вы пожаловались на это сообщение. Модератор его рассмотрит.
room-hide = Скрыть
room-mute = Отключить
room-mute-minutes = На сколько минут
room-replies = Ответы
room-open = Открыть комнату диалога
actor-moderator = модератор
err-room-required = Заполните это поле.
err-room-too-long = Не больше 4000 символов.
err-room-rules = Сначала примите правила комнаты.
err-room-locked = Комната закрыта.
err-room-muted = Вы временно отключены.
err-room-too-fast = Слишком много сообщений за минуту. Подождите немного.
err-room-slow-mode = Включён медленный режим: подождите перед следующим сообщением.
err-room-closed = Эта медиация закончилась.
err-room-parent = Этого сообщения нет в комнате.
err-room-edit-late = Изменить сообщение можно только в течение 10 минут.
err-room-already-hidden = Это сообщение уже скрыто.
err-room-range = Число вне допустимых пределов.
err-room-choose = Выберите из списка.
err-room-vote-choose = Выберите: за, против или воздерживаюсь.
err-room-party-choose = Выберите, чьи это интересы.
err-room-kind-choose = Выберите, в каком качестве участвует человек.
err-room-accept-choose = Выберите, принимаете ли вы соглашение.

## Deliberation
d-title = К соглашению
d-interests = Что нужно каждой стороне
d-interests-none = Медиатор ещё не подытожил интересы сторон.
d-party = Сторона
d-summary = Итог интересов этой стороны
d-pin = Закрепить итог
d-proposals = Предложения
d-proposals-none = Предложений пока нет.
d-agree = за
d-disagree = против
d-pass = воздерживаюсь
d-your-mark = Ваша отметка
d-reason-optional = Почему (необязательно)
d-mark = Отметить
d-new-proposal = Ваше предложение
d-table = Внести предложение
d-agreement = Соглашение
d-agreement-proposed = Ждёт ответа обеих сторон.
d-agreement-accepted = Принято обеими сторонами.
d-agreement-none = Соглашение ещё не составлено.
d-accepted = принимает
d-rejected = отклоняет
d-publish-yes = можно опубликовать
d-your-answer = Ваш ответ
d-accept = Принимаю соглашение
d-reject = Отклоняю соглашение
d-publish = Итог можно опубликовать (без имён и контактов)
d-reject-reason = Почему вы отклоняете (обязательно при отказе)
d-answer = Ответить
d-draft = Проект соглашения
d-draft-submit = Предложить проект обеим сторонам
d-end-reason = Почему медиация заканчивается без соглашения
d-end = Закончить без соглашения
err-room-none = Нет соглашения, на которое можно ответить.
err-room-too-short = Напишите немного подробнее.
m-watch = Следить за диалогом (только чтение)
m-observers-on = Публика может следить за комнатой, если другая сторона тоже согласна.
m-observers-off = Комната закрыта для публики.
m-observers-allow = Разрешить публике следить за комнатой
m-observers-stop = Закрыть комнату для публики
g-done-m-observers = Ваш выбор о наблюдателях сохранён.
room-observing = Вы наблюдатель в этой комнате: можно читать, но не писать.
g-event-late = с нарушением срока
actor-stakeholder = приглашённый участник
stakeholder-aksakal = аксакал
stakeholder-community_leader = лидер сообщества
stakeholder-association = этнокультурное объединение
stakeholder-expert = эксперт
room-people = Приглашённые участники
room-people-none = Больше никто не приглашён.
room-invite = Пригласить
room-invite-email = Адрес электронной почты его учётной записи Kenes
room-invite-kind = В качестве
room-remove = Убрать из комнаты
room-sessions = Встречи
room-sessions-none = Встречи не назначены.
room-session-online = в этой онлайн-комнате
room-session-minutes = минут
room-session-cancelled = Отменена
room-schedule = Назначить встречу
room-session-starts = Дата и время (время Казахстана)
room-session-length = Продолжительность в минутах
room-session-place = Место (оставьте пустым, чтобы встретиться в этой онлайн-комнате)
room-session-agenda = Повестка
room-session-cancel = Отменить встречу
room-action-dismiss = жалоба отклонена
room-dismiss = Отклонить жалобу
err-room-no-account = Ни у кого нет учётной записи Kenes с этим адресом. Попросите человека сначала зарегистрироваться.
err-room-already = Этот человек уже в комнате.
err-room-email-invalid = Введите адрес электронной почты.
err-room-when-invalid = Введите дату и время.
err-room-past = Это время уже прошло.
err-room-too-far = Назначьте встречу в пределах года.
err-room-place-too-long = Не более 200 символов.
err-room-agenda-too-long = Не более 2 000 символов.
err-room-started = Начавшуюся встречу нельзя отменить.
moderation-title = Очередь модерации
moderation-empty = Открытых жалоб нет.
moderation-grievances = Обращения, на которые пожаловались
moderation-reported = Сообщение, на которое пожаловались
moderation-in-room = в комнате
moderation-message-hidden = (уже скрыто)
mail-invited-subject = Вас пригласили в комнату диалога: «{ $title }» ({ $code })
mail-invited-body = Здравствуйте!

    Медиатор пригласил вас ({ $kind }) в комнату диалога по обращению «{ $title }» ({ $code }).
    Прочитайте правила комнаты, когда войдёте: { $room }
mail-session-scheduled-subject = Назначена встреча по обращению «{ $title }» ({ $code })
mail-session-scheduled-body = Здравствуйте!

    Медиатор назначил встречу по обращению «{ $title }» ({ $code }):
    { $starts } (время Казахстана), { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
       *[other] { $minutes } минут
    }, { $place }.
    Комната: { $room }
mail-session-cancelled-subject = Встреча по обращению «{ $title }» ({ $code }) отменена
mail-session-cancelled-body = Здравствуйте!

    Встреча { $starts } (время Казахстана) по обращению «{ $title }» ({ $code }) отменена.
    Причина: { $reason }
    Комната: { $room }
mail-mediation-requested-subject = Предложена медиация по обращению «{ $title }» ({ $code })
mail-mediation-requested-body = Здравствуйте!

    По обращению «{ $title }» ({ $code }) предложена медиация: сертифицированный нейтральный медиатор
    поможет заявителю и ответственному органу договориться в комнате диалога.
    На что надеется тот, кто предложил: { $hope }
    Ответьте «да» или «нет» на странице обращения: { $link }
mail-mediation-consented-subject = Сторона согласилась на медиацию по обращению «{ $title }» ({ $code })
mail-mediation-consented-body = Здравствуйте!

    Одна из сторон обращения «{ $title }» ({ $code }) согласилась на медиацию.
    Следите за ходом: { $link }
mail-mediation-declined-subject = От медиации по обращению «{ $title }» ({ $code }) отказались
mail-mediation-declined-body = Здравствуйте!

    Одна из сторон обращения «{ $title }» ({ $code }) отказалась от медиации, она не состоится.
    Причина: { $reason }
    Рассмотрение обращения продолжается: { $link }
mail-mediator-asked-subject = Вас просят провести медиацию по обращению «{ $title }» ({ $code })
mail-mediator-asked-body = Здравствуйте!

    Центр медиации просит вас провести медиацию по обращению «{ $title }» ({ $code }).
    Если вас ничто не связывает со сторонами, подтвердите на странице обращения: { $link }
mail-mediator-proposed-subject = Предложен медиатор по обращению «{ $title }» ({ $code })
mail-mediator-proposed-body = Здравствуйте!

    Медиатором по обращению «{ $title }» ({ $code }) предложен(а) { $mediator }.
    Если вы сомневаетесь в нейтральности медиатора, можно один раз возразить, указав причину: { $link }
mail-mediation-started-subject = Медиация по обращению «{ $title }» ({ $code }) началась
mail-mediation-started-body = Здравствуйте!

    { $mediator } взял(а) обращение «{ $title }» ({ $code }) как медиатор. Комната диалога открыта:
    { $room }
mail-agreement-drafted-subject = Проект соглашения по обращению «{ $title }» ({ $code }) ждёт вашего ответа
mail-agreement-drafted-body = Здравствуйте!

    Медиатор подготовил проект соглашения по обращению «{ $title }» ({ $code }). Прочитайте его и примите
    или объясните, почему нет, в комнате: { $room }
mail-agreement-accepted-subject = По обращению «{ $title }» ({ $code }) достигнуто соглашение
mail-agreement-accepted-body = Здравствуйте!

    Обе стороны приняли соглашение по обращению «{ $title }» ({ $code }); обращение решено.
    Соглашение и ход дела: { $link }
mail-in-queue-subject = В вашу очередь поступило обращение «{ $title }» ({ $code })
mail-in-queue-body = Здравствуйте!

    Обращение «{ $title }» ({ $code }) передано вашему органу; ответ нужно дать до { $due }.
    Открыть: { $link }
    Ваша очередь: { $queue }
mail-supported-subject = Новое по обращению, которое вы поддерживаете: «{ $title }» ({ $code })
mail-supported-body = Здравствуйте!

    Обращение «{ $title }» ({ $code }), которое вы поддерживаете, теперь в статусе: { $status }.
    Подробнее: { $link }

    Вы получили это письмо, потому что поддерживаете это обращение. Отказаться от таких писем: { $prefs }
mail-hidden-subject = Обращение «{ $title }» ({ $code }) скрыто из открытого доступа
mail-hidden-body = Здравствуйте!

    Модератор скрыл ваше обращение «{ $title }» ({ $code }) из открытого доступа: { $reason }
    Рассмотрение продолжается как прежде; обращение видите только вы и сотрудники. Следить за ним: { $link }
mail-linked-subject = Обращение «{ $title }» ({ $code }) связано с более ранним
mail-linked-body = Здравствуйте!

    Сотрудники, рассматривающие ваше обращение «{ $title }» ({ $code }), нашли более раннее обращение о той же проблеме и связали их: { $original }
    Ответ на ваше обращение всё равно будет дан. Сторонники обоих обращений теперь считаются вместе, и орган видит, скольких людей касается проблема.
    Следить за вашим обращением: { $link }
mail-reported-subject = Читатель пожаловался на обращение «{ $title }» ({ $code })
mail-reported-body = Здравствуйте!

    Читатель сообщил, что открытое обращение «{ $title }» ({ $code }) на вашей территории нарушает правила.
    Причины — в вашей очереди модерации: { $queue }
    На странице обращения его можно скрыть из открытого доступа или отклонить жалобы: { $link }
nav-outcomes = Итоги
outcomes-title = Опубликованные итоги
outcomes-lead = Чем закончились обращения — без имён и с согласия участников. Ищите на казахском, русском или английском.
outcomes-query = Что искать
outcomes-facet-region = Регион
outcomes-facet-level = Уровень
outcomes-facet-category = Категория
outcomes-facet-result = Результат
outcomes-facet-year = Год
outcomes-facet-mediated = Медиация
outcomes-facet-kind = Вид
outcomes-kind-grievance = Итог обращения
outcomes-kind-dialogue = Общественный диалог
outcomes-mediated-yes = с медиацией
outcomes-mediated-no = без медиации
outcomes-sort = Порядок
outcomes-sort-relevance = Сначала наиболее подходящие
outcomes-sort-newest = Сначала новые
outcomes-search = Искать
outcomes-none = Ни один опубликованный итог не подходит.
outcomes-found = { $n ->
    [one] { $n } итог
    [few] { $n } итога
   *[other] { $n } итогов
}
list-download = Скачать эти результаты:
outcomes-back = Все опубликованные итоги
outcome-not-found = Здесь нет опубликованного итога.
outcome-withdrawn = Этот итог снят с публикации. Причина указана ниже.
outcome-notes = Исправления и примечания
outcome-note-corrected = Исправлено
outcome-note-withdrawn = Снято с публикации
outcome-filed = Подано
outcome-closed = Завершено
outcome-days = Дней от подачи до завершения
outcome-days-dialogue = Дней от открытия до завершения
outcome-opened = Открыт
result-agreement = Достигнуто соглашение
result-answered = Дан ответ
result-partial = Решено частично
result-not_resolved = Не решено
result-awaiting_answer = Отчёт опубликован, ждём ответа
outcome-dialogue-link = Весь диалог: высказывания и карта мнений
outcome-prepare = Публичный итог
outcome-link = Подготовить публичный итог
outcome-public-link = Читать опубликованный итог
outcome-open = Открыть его страницу
outcome-status-published = Итог опубликован.
outcome-status-withdrawn = Итог снят с публикации.
outcome-title-label = Заголовок (без имён)
outcome-summary-label = Что произошло и чем закончилось
outcome-summary-hint = Без имён, адресов, телефонов, электронной почты и ИИН. Текст проверяется перед публикацией.
outcome-result-label = Результат
outcome-correction-note = Что исправлено (показывается вместе с итогом)
outcome-withdraw-note = Почему итог снимается (показывается вместо него)
outcome-op-publish = Опубликовать итог
outcome-op-correct = Опубликовать исправление
outcome-op-withdraw = Снять итог с публикации
outcome-flags = В тексте есть персональные данные. Перепишите эти места и опубликуйте снова:
outcome-field-title = Заголовок
outcome-field-summary = Текст
outcome-flag-email = адрес электронной почты
outcome-flag-phone = номер телефона
outcome-flag-iin = ИИН
outcome-flag-name = имя участника дела
g-event-outcome_published = Итог опубликован
g-event-outcome_corrected = Опубликованный итог исправлен
g-event-outcome_withdrawn = Опубликованный итог снят
err-outcome-required = Заполните это поле.
err-outcome-too-long = Слишком длинно.
err-outcome-too-short = Напишите не менее 20 символов.
err-outcome-choose = Выберите из списка.
err-outcome-no-agreement = В этом деле соглашения не было.
err-outcome-personal = Уберите персональные данные, перечисленные выше.
err-outcome-not-finished = Итог публикуется, когда обращение решено, не решено или закрыто.
err-outcome-no-consent = Стороны не дали обоюдного согласия на публикацию итога.
err-outcome-no-consent-private = Гражданин подал это обращение как закрытое: его итог не публикуется.
err-outcome-already = Этот итог уже опубликован.
err-outcome-withdrawn = Снятый итог нельзя изменить.
err-search = Поиск временно недоступен. Попробуйте ещё раз.
dash-title = Панель координатора
dash-not-coordinator = Панель предназначена для координаторов центров медиации.
dash-open = Открыто
dash-overdue = Просрочено
dash-due-week = Срок в ближайшие 7 дней
dash-mediations = Идут медиации
dash-weekly = Новые обращения по неделям
dash-week = Неделя с
dash-count = Обращений
dash-by-category = Открытые обращения по категориям
dash-alerts = Раннее предупреждение
dash-no-alerts = Открытых предупреждений нет.
dash-all-alerts = Показать все открытые предупреждения
dash-sweep = Проверить тревожные признаки сейчас
dash-raised = Новых предупреждений
dash-note = Примечание
dash-to-acknowledged = Принять к сведению
dash-to-closed = Закрыть
err-dash-required = Напишите примечание.
err-dash-too-long = Не более 1 000 символов.
err-dash-alert-state = Предупреждение уже в другом состоянии. Обновите страницу.
alert-country = Казахстан
alert-kind-spike = Всплеск новых обращений
alert-kind-sensitive = Чувствительная категория
alert-kind-cluster = Группа похожих обращений
alert-kind-surge = Резкий рост поддержки
alert-kind-overdue = Накопились просроченные обращения
alert-kind-reopened = Накопились возобновлённые обращения
alert-state-new = новое
alert-state-acknowledged = принято к сведению
alert-state-closed = закрыто
alert-why-spike = { $observed ->
        [one] { $observed } новое обращение
        [few] { $observed } новых обращения
       *[other] { $observed } новых обращений
    } по теме «{ $category }» за последние 7 дней при { $expected } в неделю за предыдущие { $weeks ->
        [one] { $weeks } неделю
        [few] { $weeks } недели
       *[other] { $weeks } недель
    }; территория: { $place }. Вероятность такого числа при обычных колебаниях: { $p }.
alert-why-sensitive = Новое обращение в чувствительной категории («{ $category }»); территория: { $place }.
alert-why-cluster = { $count ->
        [one] { $count } обращение
        [few] { $count } обращения
       *[other] { $count } обращений
    } об одном и том же за { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[other] { $days } дней
    }; территория: { $place }.
alert-why-surge = Публичное обращение получило { $last ->
        [one] { $last } голос
        [few] { $last } голоса
       *[other] { $last } голосов
    } поддержки за сутки (за предыдущие сутки: { $before }); территория: { $place }.
alert-why-overdue = У органа «{ $body }» { $overdue ->
        [one] { $overdue } просроченное обращение
        [few] { $overdue } просроченных обращения
       *[other] { $overdue } просроченных обращений
    } из { $open ->
        [one] { $open } открытого
       *[other] { $open } открытых
    }.
alert-why-reopened = { $count ->
        [one] { $count } обращение возобновлено
        [few] { $count } обращения возобновлены
       *[other] { $count } обращений возобновлено
    } за { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[other] { $days } дней
    }; территория: { $place }.
mail-alert-subject = Раннее предупреждение: { $kind }
mail-alert-body = Здравствуйте!

    { $why }

    Посмотрите, примите к сведению и закройте его на своей панели: { $link }
nav-accountability = Подотчётность
acc-title = Как органы работают с обращениями
acc-lead = По каждому региону, а внутри региона по каждому органу: сколько обращений рассмотрено, доля ответов в срок, медиана дней до ответа, как часто применялась медиация и чем она закончилась, оценка граждан. Строки менее чем о пяти обращениях не показывают чисел.
acc-body = Орган
acc-all-regions = Все регионы
acc-handled = Рассмотрено
acc-on-time = Ответ в срок
acc-median = Медиана дней до ответа
acc-mediation = С медиацией
acc-mediation-resolved = Медиаций с решением
acc-rating = Оценка (1–5)
acc-suppressed = менее 5 обращений: не показывается
acc-csv = Скачать CSV
dash-by-place = Открытые обращения по территориям
dash-map = Карта регионов
dash-measure = Закрасить регионы по
dash-measure-open = Открытые обращения
dash-measure-overdue = Просроченные обращения
dash-measure-new = Новые обращения за 7 дней
err-body-title = Форму не удалось отправить
err-body-too-large = Отправленное больше, чем принимает сайт. Прикрепите не более пяти файлов по 5 МБ и не превышайте длину текстов.
err-body-too-many-fields = В отправленной форме больше полей, чем в любой форме этого сайта.
err-body-not-utf8 = В отправленной форме есть текст в кодировке, которую сайт не может прочитать. Отправьте её ещё раз со страницы сайта.
err-body-malformed = Отправленную форму не удалось прочитать. Отправьте её ещё раз со страницы сайта.
err-body-back = На главную страницу

## Dates: the day, the month's name (in Russian, the genitive) and the year
date-long = { $day } { $month } { $year }
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

## The public registry of mediators
registry-title = Медиаторы
registry-lead = Все сертифицированные медиаторы: языки, на которых они работают, регионы, направления и их опыт. Медиатор нейтрален: он ничего не решает, а помогает сторонам договориться.
registry-language = Язык
registry-specialisation = Направление
registry-count = { $n ->
    [one] { $n } медиатор
    [few] { $n } медиатора
   *[other] { $n } медиаторов
}
registry-certification = Сертификат
registry-valid-until = действует до
registry-expired = истёк
registry-whole-country = вся страна
registry-availability = Берёт новые дела
registry-available = да
registry-unavailable = сейчас нет
registry-not-found = Такого медиатора нет в открытом реестре.
registry-record = Опыт
registry-taken = Взято медиаций
registry-ended = Завершено медиаций
registry-agreement-share = Завершились соглашением
registry-no-cases-ended = пока ни одна не завершена
registry-median-days = Медиана срока до соглашения
registry-days = { $n ->
    [one] { $n } день
    [few] { $n } дня
   *[other] { $n } дней
}
mediator-hidden = Не показывать мой профиль в открытом реестре медиаторов

## What mediation is (/mediation)
about-title = Что такое медиация
about-lead = Медиация — это разговор под руководством нейтрального медиатора, в котором гражданин и ответственный орган ищут решение, приемлемое для обоих. Медиатор ничего не решает: стороны договариваются или нет, и тогда обращение рассматривается как прежде.
about-steps-title = Как это проходит
about-step-1 = Вы подаёте обращение, и ответственный орган принимает его.
about-step-2 = На странице обращения вы просите о медиации и пишете, чего надеетесь достичь. Другая сторона соглашается или отказывается.
about-step-3 = Центр медиации предлагает сертифицированного медиатора, который работает на вашем языке и не заявил связей ни с одной из сторон. Любая сторона может возразить.
about-step-4 = Вы общаетесь в модерируемой комнате диалога по правилам, которые принимают обе стороны: письменно, когда удобно, и на встречах, которые назначает медиатор.
about-step-5 = Стороны вносят и оценивают предложения; медиатор готовит проект соглашения, которое действует, только когда его примут обе стороны.
about-step-6 = Соглашение разрешает обращение, и если обе стороны согласны, итог публикуется без имён.
about-rights-title = Ваши права
about-right-1 = Добровольно: никто не обязан участвовать, и любая сторона может выйти в любой момент.
about-right-2 = Нейтрально: медиатор независим, не встаёт ни на чью сторону и ничего не решает.
about-right-3 = Конфиденциально: сказанное в комнате остаётся между участниками; публикуется только итог, который разрешили обе стороны, и без имён.
about-right-4 = Равноправно: у обеих сторон одинаковое право говорить, предлагать и отказываться.
about-law-title = Закон
about-law = Закон Республики Казахстан «О медиации» от 28 января 2011 года устанавливает принципы: добровольность; равноправие сторон; независимость и беспристрастность медиатора и недопустимость вмешательства в процедуру; конфиденциальность. Соглашение заключается в письменной форме и исполняется самими сторонами.
about-ask-title = Как попросить о медиации
about-ask = Откройте страницу своего обращения после того, как орган его принял, нажмите «Попросить о медиации» и напишите, на что вы надеетесь. Войдя в учётную запись, вы найдёте свои обращения в разделе «Мои обращения»; гость открывает ссылку из письма.
about-stories-title = Дела, завершившиеся соглашением
about-stories-none = Пока нет опубликованных итогов с медиацией.
about-stories-all = Все опубликованные итоги с медиацией
nav-mediation = Что такое медиация

# Обязательства соглашения и контроль их исполнения.
c-title = Обязательства по соглашению
c-number = Обязательство { $n }
c-draft-hint = Каждое обязательство — в отдельной строке: кто, что делает, к какому сроку и как это будет проверено. Лишние строки оставьте пустыми.
c-party = Кто
c-what = Что делает
c-due = Срок (дата)
c-check = Как будет проверено
c-due-on = Срок: { $due }
c-note = Примечание (необязательно)
c-state-pending = Ожидается
c-state-done = Выполнено
c-state-partly = Выполнено частично
c-state-not_done = Не выполнено
c-state-lapsed = Не выполнено: никто не отчитался вовремя
c-said-responsible = Ответственная сторона сообщила: { $kept }
c-said-other = Другая сторона ответила: { $kept }
kept-done = выполнено
kept-partly = выполнено частично
kept-not_done = не выполнено
c-report-legend = Как выполнено?
c-report-submit = Отчитаться
c-confirm-legend = Выполнено ли?
c-confirm-submit = Подтвердить
g-done-c-report = Ваш отчёт записан.
g-done-c-confirm = Ваш ответ записан.
c-confirm-title = Выполнено ли обязательство?
c-confirm-lead = Обращение «{ $title }» ({ $code }) завершилось соглашением. Сообщите, выполнено ли это обязательство.
c-confirmed = Спасибо. Ваш ответ записан в хронологию обращения.
c-back = Открыть обращение
c-link-invalid = Ссылка не работает: ею уже воспользовались, срок её действия истёк или она не ваша. Ответить можно на странице обращения, войдя в систему.
err-g-settled = По этому обязательству решение уже принято.
err-g-kept-choose = Выберите, выполнено ли обязательство.
err-g-line-too-long = Не более 500 знаков.
err-room-line-too-long = Не более 500 знаков.
err-room-future = Дата должна быть позже сегодняшней.
err-room-date = Введите дату в виде ГГГГ-ММ-ДД.
g-event-commitment_reported = Отчёт по обязательству { $n }: { $kept }
g-event-commitment_confirmed = Подтверждение обязательства { $n }: { $kept }
g-event-commitment_lapsed = Обязательство { $n }: никто не отчитался вовремя ({ $kept })
g-event-agreement-not-kept = Соглашение не исполнено (обязательство { $n })
mail-commitment-due-subject = Наступил срок обязательства по обращению «{ $title }» ({ $code })
mail-commitment-due-body = Здравствуйте!

    Срок обязательства { $number } по соглашению об обращении «{ $title }» ({ $code }) — { $due }:
    { $what }
    Сообщите на странице обращения, выполнено ли оно: { $link }
mail-commitment-confirm-subject = Выполнено ли обязательство по обращению «{ $title }» ({ $code })?
mail-commitment-confirm-body = Здравствуйте!

    Срок обязательства { $number } по соглашению о вашем обращении «{ $title }» ({ $code }) — { $due }:
    { $what }
    Сообщите, выполнено ли оно. Эта ссылка только для вас, работает один раз и действует 30 дней:
    { $confirm }
    Ответить можно и на странице обращения: { $link }
mail-commitment-reported-subject = Отчёт об обязательстве по обращению «{ $title }» ({ $code })
mail-commitment-reported-body = Здравствуйте!

    Ответственная сторона сообщила об обязательстве { $number } ({ $what }): { $said }.
    Согласны ли вы — ответьте на странице обращения: { $link }
mail-agreement-not-kept-subject = Соглашение по обращению «{ $title }» ({ $code }) не исполнено
mail-agreement-not-kept-body = Здравствуйте!

    Обязательство { $number } ({ $what }) по соглашению об обращении «{ $title }» ({ $code }) не исполнено.
    Обращение снова открыто, с новым сроком.
    { $link }
mail-agreement-not-kept-escalated-subject = Соглашение по обращению «{ $title }» ({ $code }) не исполнено: обращение передано выше
mail-agreement-not-kept-escalated-body = Здравствуйте!

    Обязательство { $number } ({ $what }) по соглашению об обращении «{ $title }» ({ $code }) не исполнено.
    Обращение снова открыто и передано на { $level } уровень, у которого 15 рабочих дней на ответ.
    { $link }
registry-commitment-share = Выполненные обязательства по их соглашениям
registry-no-commitments = Пока ни одно обязательство не закрыто
fb-title = Как прошла медиация?
fb-lead = Ваши ответы учитываются только вместе с другими, никогда не показываются по отдельности и с вашим именем.
fb-neutral = Медиатор был нейтрален
fb-heard = Меня выслушали
fb-clear = Шаги были понятны
fb-again = Я снова обратился бы к медиации
fb-comment = Комментарий (необязательно)
fb-comment-hint = Его прочитают только координаторы центра медиации.
g-op-m-feedback = Отправить ответы
g-done-m-feedback = Спасибо за ответы.
err-g-feedback-given = Ваша сторона уже ответила.
fb-record-title = Что сказали стороны
fb-answers = Ответов: { $n }, от 1 (совсем нет) до 5 (полностью)
fb-too-few = Ответов пока слишком мало, чтобы их показать.
fb-comments = Комментарии (видят только координаторы)
g-appeal-legend = Не устраивает ответ?
g-appeal-hint = При оценке 1 или 2, в течение 30 дней после ответа, можно попросить вышестоящий уровень пересмотреть его. У него 15 рабочих дней на ответ, а ответивший орган увидит вашу жалобу.
g-appeal-ask = Попросить пересмотра на вышестоящем уровне
g-appeal-reason = Почему ответ не решает вашу проблему
err-g-appeal-rating = Для обжалования нужна оценка 1 или 2.
err-g-appeal-late = Ответ можно обжаловать только в течение 30 дней.
err-g-appeal-once = Этот ответ уже обжалован.
err-g-appeal-state = Обжаловать можно только обращение с ответом.
g-event-appealed = Обжаловано на уровне: { $level }
mail-appealed-subject = Ответ на обращение «{ $title }» ({ $code }) обжалован
mail-appealed-body = Здравствуйте!

    Заявитель низко оценил ответ вашего органа на обращение «{ $title }» ({ $code }) и попросил пересмотра на уровне «{ $level }»:
    { $reason }
    { $link }
acc-accept-days = Медиана дней до принятия
acc-agreements-kept = Соглашения исполнены
acc-appeals = Ответы обжалованы
acc-appeals-answered = Жалобы рассмотрены
alert-kind-broken = Орган нарушает соглашения медиации
alert-why-broken = Орган «{ $body }» не выполнил обязательства по { $count ->
        [one] { $count } соглашению
       *[other] { $count } соглашениям
    } медиации за { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[other] { $days } дней
    }.
dash-late-commitments = Просроченные обязательства
dash-late-none = Просроченных обязательств нет.
m-public-mediator = Только медиатор, чей профиль и послужной список открыты для всех
c-evidence = Подтверждение
c-evidence-file = Подтверждение: фото или PDF-документы (необязательно)
nav-dialogues = Общественные диалоги
dialogues-title = Общественные диалоги
dialogues-lead = Сообщества обсуждают общие вопросы с нейтральным фасилитатором. Читать может каждый, участвуют вошедшие в систему, ответственные органы обязаны ответить.
dialogues-empty = Общественных диалогов пока нет.
dialogue-open = Открыть диалог
dialogue-open-lead = Диалог координатора открывается сразу. Диалог медиатора ждёт одобрения координатора территории, и медиатор его ведёт.
dialogue-open-submit = Открыть диалог
dialogue-question = Вопрос
dialogue-question-hint = От 10 до 300 знаков: что должно решить сообщество?
dialogue-background-kk = Предыстория на казахском
dialogue-background-ru = Предыстория на русском
dialogue-background-en = Предыстория на английском
dialogue-territory = Территория
dialogue-facilitator = Фасилитатор (сертифицированный медиатор)
dialogue-choose = Выберите…
dialogue-opens-on = Открывается
dialogue-closes-on = Закрывается
dialogue-body = Орган, который должен ответить
dialogue-grievances = Связанные обращения (необязательно)
dialogue-grievances-hint = Коды обращений через пробел.
dialogue-residents-only = Участвуют только те, кто считает эту территорию своей
dialogue-phase-proposed = Ждёт одобрения
dialogue-phase-upcoming = Скоро откроется
dialogue-phase-open = Открыт
dialogue-phase-closed = Закрыт
dialogue-approve = Одобрить диалог
dialogue-bodies = Должны ответить
dialogue-taking-part = Участвуют
dialogue-nobody-yet = пока никто
dialogue-kind-citizen = граждане
dialogue-kind-aksakal = аксакалы
dialogue-kind-community_leader = лидеры сообществ
dialogue-kind-association = объединения
dialogue-kind-expert = эксперты
dialogue-kind-official = должностные лица
dialogue-sign-in = Войдите, чтобы участвовать
dialogue-join = Участвовать
dialogue-resident = Я живу здесь ({ $place }) или это моё сообщество
dialogue-next = Что вы думаете?
dialogue-all-voted = Вы проголосовали по всем утверждениям. Заходите за новыми.
dialogue-agree = Согласен
dialogue-disagree = Не согласен
dialogue-pass = Пропустить
dialogue-your-vote = Ваш голос
dialogue-write = Добавить утверждение
dialogue-statement = Утверждение
dialogue-statement-hint = Одна мысль, не более 280 знаков. Другие проголосуют за неё.
dialogue-write-submit = Добавить утверждение
dialogue-seed = Начальное утверждение
dialogue-seed-submit = Добавить начальное утверждение
dialogue-held = Утверждения на проверке
dialogue-show = Показать
dialogue-hide = Скрыть
dialogue-statements = Утверждения и голоса
dialogue-map-title = Карта мнений
dialogue-map-svg-title = Группы участников, голосовавших похоже, по числу участников
dialogue-map-too-few = Группы появятся, когда 15 человек проголосуют хотя бы по 7 утверждениям; пока таких { $eligible }.
dialogue-map-no-camps = В голосах нет явных групп.
dialogue-group-label = Группа { $name }: { $size } чел.
dialogue-groups-caption = Группы и то, что их отличает
dialogue-group = Группа
dialogue-group-size = Человек
dialogue-group-apart = Чем отличается
dialogue-group-agrees = согласны { $share }%
dialogue-group-disagrees = не согласны { $share }%
dialogue-common-ground = Общее согласие
dialogue-common-ground-none = Пока ни одно утверждение не принято всеми группами.
dash-open-dialogue = Открыть общественный диалог по этому поводу
err-dialogue-too-short = Слишком коротко.
err-dialogue-too-long = Слишком длинно.
err-dialogue-required = Заполните это поле.
err-dialogue-unknown = Не найдено: проверьте.
err-dialogue-not-certified = Выберите медиатора с действующим сертификатом.
err-dialogue-date = Укажите дату.
err-dialogue-before-opening = Дата закрытия раньше даты открытия.
err-dialogue-past = Дата закрытия уже прошла.
err-dialogue-twice = Указано дважды.
err-dialogue-question-too-short = Напишите вопрос хотя бы в 10 символов.
err-dialogue-question-too-long = Вопрос слишком длинный: не больше 300 символов.
err-dialogue-background-required = Опишите контекст хотя бы на одном языке.
err-dialogue-background-too-long = Контекст слишком длинный.
err-dialogue-kato-unknown = Выберите территорию из списка.
err-dialogue-opens_on-date = Укажите дату открытия.
err-dialogue-closes_on-date = Укажите дату закрытия.
err-dialogue-bodies-required = Выберите орган, который должен ответить.
err-dialogue-bodies-unknown = Выберите орган из списка.
err-dialogue-bodies-twice = Орган выбран дважды.
err-dialogue-grievances-unknown = Код обращения не найден: проверьте коды.
err-dialogue-not-open = Диалог не открыт.
err-dialogue-closed = Диалог закрыт.
err-dialogue-choose = Выберите: согласен, не согласен или пропустить.
dialogue-report = Итоговый отчёт
dialogue-report-publish = Опубликовать отчёт
dialogue-report-groups = Группы и их отличия
dialogue-recommendations = Рекомендации органам
dialogue-recommendations-hint = Один пункт в строке, не более 10. Каждый орган отвечает на каждый пункт.
dialogue-answer-due = Органы отвечают до
dialogue-answer-of = Ответ: { $body }
dialogue-answer-for = Ответ от имени: { $body }, по пунктам
dialogue-answer-submit = Опубликовать ответ
dialogue-answer-waiting = Ещё не ответили
err-dialogue-not-closed = Отчёт публикуется с даты закрытия.
err-dialogue-already = Это уже сделано.
err-dialogue-too-many = Не более 10 пунктов.
err-dialogue-no-report = Отчёта для ответа пока нет.
err-dialogue-every-point = Ответьте на каждый пункт, не короче 10 знаков.
dialogue-download = Скачать утверждения и голоса:
mail-dialogue-overdue-subject = Просрочен ответ на общественный диалог
mail-dialogue-overdue-body = Здравствуйте!

    Ответ на общественный диалог «{ $question }» нужно было дать до { $due }. Не ответили: { $bodies }.

    Теперь диалог передан вам, на уровень выше. Прочитайте отчёт и проследите за ответом: { $link }
dialogue-escalated = Ответ просрочен. { $date } диалог передан на уровень выше, координаторам уровня «{ $level }».
mail-dialogue-proposed-subject = Общественный диалог ждёт вашего одобрения
mail-dialogue-proposed-body = Здравствуйте!

    Медиатор предлагает общественный диалог на вашей территории: «{ $question }». Пока его не одобрит координатор, он скрыт от всех.

    Прочитайте и одобрите его: { $link }
mail-dialogue-approved-subject = Ваш общественный диалог одобрен
mail-dialogue-approved-body = Здравствуйте!

    Общественный диалог, который вы ведёте, «{ $question }», одобрен и открыт для всех. Добавьте первые высказывания: { $link }
mail-dialogue-reported-subject = Опубликован отчёт общественного диалога
mail-dialogue-reported-body = Здравствуйте!

    Ведущий опубликовал отчёт общественного диалога «{ $question }»: кто участвовал, в чём согласие и рекомендации органам. Органы отвечают публично, по каждому пункту, в течение 15 рабочих дней.

    Прочитать: { $link }
mail-dialogue-answered-subject = Орган ответил на общественный диалог
mail-dialogue-answered-body = Здравствуйте!

    { $body } ответил на отчёт общественного диалога «{ $question }» по каждому пункту.

    Прочитать ответ: { $link }
dialogue-label-citizen = гражданин
dialogue-label-aksakal = аксакал
dialogue-label-community_leader = лидер сообщества
dialogue-label-association = объединение
dialogue-label-expert = эксперт
dialogue-label-official = представитель органа
dialogue-label-title = Отметить заинтересованную сторону
dialogue-label-lead = Аксакалы, объединения, эксперты и представители органов участвуют под видимой отметкой, она показана рядом с их высказываниями. Укажите участника по адресу, с которым он зарегистрировался; выберите «гражданин», чтобы снять отметку.
dialogue-label-kind = Отметка
dialogue-label-submit = Отметить
err-dialogue-choose-kind = Выберите отметку.
err-dialogue-not-participant = Среди участников нет такого адреса.
alert-kind-dialogue_hidden = В общественном диалоге скрывают гораздо больше обычного
alert-why-dialogue_hidden = В общественном диалоге «{ $question }» задержаны или скрыты { $hidden } из { $new ->
        [one] { $new } высказывания
       *[other] { $new } высказываний
    } за последние 7 дней; обычно в диалогах — { $usual }%.
alert-kind-dialogue_drift = Группы в общественном диалоге расходятся
alert-why-dialogue_drift = В общественном диалоге «{ $question }» группы теперь расходятся на { $apart } (0 — голосуют одинаково, 1 — противоположно во всём), неделю назад — на { $last }.
dash-see-dialogue = Открыть диалог

dialogue-discussion = Обсуждение
dialogue-discussion-join = Присоединитесь к диалогу выше, чтобы участвовать в обсуждении.
actor-facilitator = ведущий
err-room-not-open = Обсуждение открыто, только пока идёт диалог.
