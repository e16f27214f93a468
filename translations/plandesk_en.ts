<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../plandesk/gui/about.py" line="37"/>
        <source>Giới thiệu PlanDesk</source>
        <translation>About PlanDesk</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="39"/>
        <source>Hồ sơ xây dựng xã điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc.</source>
        <translation>The commune&apos;s dossier for “xã điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc”.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="41"/>
        <source>Thư mục làm việc: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="46"/>
        <source>Phông chữ</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="47"/>
        <source>toàn văn giấy phép trong resources/fonts/LICENSE-LiberationSerif.txt.</source>
        <translation>full licence text in resources/fonts/LICENSE-LiberationSerif.txt.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="48"/>
        <source>Thư viện</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="49"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="49"/>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="50"/>
        <source>Giấy phép</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="51"/>
        <source>PlanDesk không kết nối Internet; mọi dữ liệu nằm trong thư mục làm việc trên máy.</source>
        <translation>PlanDesk never connects to the Internet; all data stays in the workspace on this PC.</translation>
    </message>
</context>
<context>
    <name>AccessActions</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="472"/>
        <source>Hồ &amp;sơ</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="473"/>
        <source>&amp;Chốt hồ sơ để nộp…</source>
        <translation>&amp;Finalise for submission…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="475"/>
        <source>&amp;Mở lại hồ sơ đã chốt…</source>
        <translation>&amp;Reopen finalised dossier…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="479"/>
        <source>Tài &amp;khoản</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="480"/>
        <source>&amp;Tài khoản và đăng nhập…</source>
        <translation>&amp;Accounts and sign-in…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="481"/>
        <source>Đổi &amp;mật khẩu…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="483"/>
        <source>Đăng nhập &amp;người khác…</source>
        <translation>Sign in as &amp;someone else…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="507"/>
        <source>Người dùng: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="527"/>
        <source>Hồ sơ đã được chốt để nộp (%1, %2): chỉ xem, không sửa được. Muốn sửa, lãnh đạo chọn Hồ sơ → Mở lại hồ sơ đã chốt và ghi lý do.</source>
        <translation>This dossier was finalised for submission (%1, %2): read-only. To change it, a leader chooses Dossier → Reopen finalised dossier and gives a reason.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="533"/>
        <source>Tài khoản của bạn chỉ được xem hồ sơ.</source>
        <translation>Your account may only view dossiers.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="560"/>
        <source>Đã đổi mật khẩu.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="584"/>
        <source>Chốt hồ sơ để nộp? PlanDesk kiểm tra lại mọi tệp minh chứng và ghi mã kiểm tra của dữ liệu. Sau khi chốt, hồ sơ chỉ xem được; muốn sửa phải có lãnh đạo mở lại và ghi lý do.</source>
        <translation>Finalise the dossier for submission? PlanDesk checks every evidence file again and records a digest of the data. Once finalised the dossier is read-only; changing it needs a leader to reopen it with a reason.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="587"/>
        <source>Lưu ý: %1 tiêu chí chưa có kết luận (%2).</source>
        <translation>Note: %1 criteria have no decision yet (%2).</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="594"/>
        <source>Chốt hồ sơ</source>
        <translation>Finalise dossier</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="598"/>
        <source>Đã chốt hồ sơ (%1 tài liệu minh chứng). Mã kiểm tra:
%2</source>
        <translation>Dossier finalised (%1 evidence documents). Digest:
%2</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="603"/>
        <source>Đang kiểm tra minh chứng và chốt hồ sơ…</source>
        <translation>Checking the evidence and finalising the dossier…</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="149"/>
        <source>Tài khoản mới</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="149"/>
        <source>Sửa tài khoản</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="152"/>
        <source>Tài khoản đầu tiên bật đăng nhập cho thư mục làm việc này và phải có vai trò Lãnh đạo. Bạn sẽ được đăng nhập bằng tài khoản này; hãy ghi nhớ mật khẩu.</source>
        <translation>The first account turns sign-in on for this workspace and must have the Leader role. You will be signed in with it; remember the password.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="159"/>
        <source>ví dụ: tam.tm</source>
        <translation>e.g. tam.tm</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="161"/>
        <source>ví dụ: Trần Minh Tâm</source>
        <translation>e.g. Trần Minh Tâm</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="164"/>
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="165"/>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="166"/>
        <source>&amp;Vai trò:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="170"/>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="171"/>
        <source>&amp;Nhập lại mật khẩu:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="173"/>
        <source>Cán bộ: sửa đánh giá và minh chứng. Lãnh đạo: thêm kết luận Đạt/Không đạt, chốt hồ sơ, quản lý tài khoản. Chỉ xem: không sửa được gì.</source>
        <translation>Officer: edits assessments and evidence. Leader: also decides Met/Not met, finalises, manages accounts. View only: cannot change anything.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="183"/>
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Enter a user name.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="274"/>
        <source>Tài khoản và đăng nhập</source>
        <translation>Accounts and sign-in</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="281"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="281"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="281"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="282"/>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="291"/>
        <source>&amp;Thêm tài khoản…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="293"/>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="295"/>
        <source>Đặt &amp;mật khẩu mới…</source>
        <translation>Set new &amp;password…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="297"/>
        <source>&amp;Ngừng / cho dùng lại</source>
        <translation>&amp;Disable / enable</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="299"/>
        <source>Tắt đăng &amp;nhập</source>
        <translation>Turn sign-i&amp;n off</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="323"/>
        <source>Đăng nhập đang tắt: ai dùng máy này cũng sửa được hồ sơ. Để bật, thêm tài khoản Lãnh đạo đầu tiên; sau đó mỗi người phải đăng nhập và chỉ làm được việc theo vai trò của mình.</source>
        <translation>Sign-in is off: whoever uses this PC can change the dossiers. To turn it on, add the first Leader account; then everyone signs in and can do only what their role allows.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="327"/>
        <source>Đăng nhập đang bật. Bạn đang dùng tài khoản %1.</source>
        <translation>Sign-in is on. You are signed in as %1.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="331"/>
        <source>đang dùng</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="331"/>
        <source>ngừng dùng</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="333"/>
        <source>, tạm khóa đến %1</source>
        <translation>, locked until %1</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="347"/>
        <source>Hãy chọn một tài khoản trong danh sách.</source>
        <translation>Select an account in the list.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="389"/>
        <source>Đã đặt mật khẩu mới cho %1.</source>
        <translation>New password set for %1.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="399"/>
        <source>Tắt đăng nhập? Sau đó ai dùng máy này cũng sửa được hồ sơ. Các tài khoản được giữ lại (ngừng dùng) và có thể bật lại.</source>
        <translation>Turn sign-in off? Whoever uses this PC will then be able to change the dossiers. The accounts are kept (disabled) and can be enabled again.</translation>
    </message>
</context>
<context>
    <name>BackupPicker</name>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="32"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="36"/>
        <source>Thời điểm</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="36"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="36"/>
        <source>Kích thước</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="50"/>
        <source>Trước khi khôi phục, PlanDesk giữ lại dữ liệu hiện tại trong thư mục backups/. Bản sao lưu “đầy đủ” có cả các tệp minh chứng.</source>
        <translation>Before restoring, PlanDesk keeps the current data in the backups/ folder. A “full” backup also holds the evidence files.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="54"/>
        <source>Chọn &amp;tệp khác…</source>
        <translation>Choose &amp;another file…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="74"/>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="75"/>
        <source>Bản sao lưu PlanDesk (*.zip *.sqlite);;Mọi tệp (*)</source>
        <translation>PlanDesk backups (*.zip *.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="85"/>
        <source>“-”: bản đã ban hành; “+”: hồ sơ hiện tại.</source>
        <translation>“-”: as issued; “+”: the dossier now.</translation>
    </message>
</context>
<context>
    <name>ConditionForm</name>
    <message>
        <location filename="../plandesk/gui/condition_form.py" line="64"/>
        <source>Tiêu chí này không có điều kiện đo được; Hội đồng đánh giá theo kết quả thực hiện.</source>
        <translation>This criterion has no measurable condition; the council judges it by the results.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/condition_form.py" line="77"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/condition_form.py" line="77"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/condition_form.py" line="117"/>
        <source>ngày tổ chức:</source>
        <translation>date held:</translation>
    </message>
</context>
<context>
    <name>CouncilView</name>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="33"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="33"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="33"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="40"/>
        <source>Thành viên Hội đồng</source>
        <translation>Council members</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="41"/>
        <source>&amp;Thêm thành viên…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="43"/>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="45"/>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="47"/>
        <source>&amp;Nhập từ Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="49"/>
        <source>Xuất &amp;ra Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="60"/>
        <source>Danh sách dùng cho biên bản họp xét (có mặt, vắng mặt) và các khối chữ ký.</source>
        <translation>Used for the review meeting minutes (present, absent) and the signature blocks.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="128"/>
        <source>Xóa %1 khỏi danh sách Hội đồng?</source>
        <translation>Remove %1 from the council?</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="96"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="96"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="96"/>
        <source>MC</source>
        <translation>Ev.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="98"/>
        <source>Mã tiêu chí và kết luận</source>
        <translation>Criterion code and decision</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="98"/>
        <source>Tên tiêu chí</source>
        <translation>Criterion title</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="100"/>
        <source>Số tài liệu minh chứng</source>
        <translation>Number of evidence documents</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="99"/>
        <source>Gợi ý tính từ số liệu (biểu tượng vòng tròn), khi khác kết luận</source>
        <translation>Suggestion computed from the figures (ring icon), when it differs from the decision</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="140"/>
        <source>Kết luận: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="142"/>
        <source>Cơ quan thẩm định yêu cầu bổ sung: %1</source>
        <translation>The approving body asks for more: %1</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="146"/>
        <source>Gợi ý: %1 — %2</source>
        <translation>Suggestion: %1 — %2</translation>
    </message>
</context>
<context>
    <name>CriterionView</name>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="138"/>
        <source>Nội dung tiêu chí</source>
        <translation>Criterion text</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="141"/>
        <source>Số liệu để đánh giá</source>
        <translation>Figures for the assessment</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="88"/>
        <source>Gợi ý</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="81"/>
        <source>Kết luận</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="97"/>
        <source>Kết quả thực hiện: nêu số liệu, văn bản, hoạt động cụ thể…</source>
        <translation>Results: figures, documents, concrete activities…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="83"/>
        <source>&amp;Kết luận:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="93"/>
        <source>Thay đổi chưa được lưu</source>
        <translation>Change not saved</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="98"/>
        <source>Kết quả thực hiện</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="102"/>
        <source>Bắt buộc khi kết luận Đạt/Không đạt mà chưa có tài liệu minh chứng</source>
        <translation>Required when deciding Met/Not met without evidence documents</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="104"/>
        <source>Giải trình</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="109"/>
        <source>Kết &amp;quả thực hiện:</source>
        <translation>&amp;Results:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="111"/>
        <source>&amp;Giải trình:</source>
        <translation>E&amp;xplanation:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="155"/>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="158"/>
        <source>Đơn vị phối hợp</source>
        <translation>Cooperating units</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="161"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="165"/>
        <source>Đơn vị &amp;chủ trì:</source>
        <translation>&amp;Lead unit:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="166"/>
        <source>Đơn vị &amp;phối hợp:</source>
        <translation>&amp;Cooperating units:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="167"/>
        <source>&amp;Thời hạn hoàn thành:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="191"/>
        <source>Nội dung và số liệu</source>
        <translation>Text and figures</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="192"/>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="193"/>
        <source>Phân công, thời hạn</source>
        <translation>Assignment, deadline</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="301"/>
        <source>Gợi ý: %1 — %2</source>
        <translation>Suggestion: %1 — %2</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="304"/>
        <source>Minh chứng (%1)</source>
        <translation>Evidence (%1)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="396"/>
        <source>Tiêu chí %1: %2</source>
        <translation>Criterion %1: %2</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="173"/>
        <location filename="../plandesk/gui/criterion_view.py" line="194"/>
        <source>Ý kiến thẩm định</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="180"/>
        <source>Nhận xét của cơ quan thẩm định (gửi lại cho xã bằng gói ý kiến)</source>
        <translation>The approving body&apos;s comment (sent back to the commune in a review package)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="185"/>
        <source>Thẩm định:</source>
        <translation>Review:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="186"/>
        <source>Nhận xét:</source>
        <translation>Comment:</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="46"/>
        <source>Đạt %v/%m tiêu chí</source>
        <translation>%v/%m criteria met</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="48"/>
        <source>Theo nhóm tiêu chí</source>
        <translation>By group</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="50"/>
        <source>Danh sách tiêu chí chưa có minh chứng</source>
        <translation>Criteria without evidence</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="51"/>
        <source>Danh sách tiêu chí có kết luận khác gợi ý</source>
        <translation>Criteria whose decision differs from the suggestion</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="52"/>
        <source>Danh sách tiêu chí chưa đạt</source>
        <translation>Criteria not met yet</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="54"/>
        <source>Việc</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="54"/>
        <location filename="../plandesk/gui/dashboard.py" line="66"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="54"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="58"/>
        <source>Các mốc thời hạn</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="61"/>
        <location filename="../plandesk/gui/dashboard.py" line="136"/>
        <source>Chưa có minh chứng</source>
        <translation>Without evidence</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="62"/>
        <location filename="../plandesk/gui/dashboard.py" line="138"/>
        <source>Kết luận khác gợi ý</source>
        <translation>Differs from suggestion</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="63"/>
        <location filename="../plandesk/gui/dashboard.py" line="140"/>
        <source>Chưa đạt</source>
        <translation>Not met yet</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="114"/>
        <source>%1 — năm %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="128"/>
        <source>không đạt %1 · đang thực hiện %2 · chưa đánh giá %3 · chưa có minh chứng %4</source>
        <translation>not met %1 · in progress %2 · not assessed %3 · without evidence %4</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="146"/>
        <source>đã xong ngày %1</source>
        <translation>done on %1</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="149"/>
        <source>quá hạn %1 ngày</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="152"/>
        <source>còn %1 ngày</source>
        <translation>%1 days left</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../plandesk/gui/widgets.py" line="88"/>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/widgets.py" line="93"/>
        <source>Lịch</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/widgets.py" line="94"/>
        <location filename="../plandesk/gui/widgets.py" line="95"/>
        <source>Chọn ngày trên lịch</source>
        <translation>Pick the date on a calendar</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="111"/>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="142"/>
        <source>&amp;Văn bản:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="150"/>
        <source>Xuất &amp;PDF</source>
        <translation>Export &amp;PDF</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="152"/>
        <source>Xuất &amp;DOCX</source>
        <translation>Export &amp;DOCX</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="154"/>
        <source>Xuất &amp;tất cả (PDF, DOCX, Excel)</source>
        <translation>Export &amp;all (PDF, DOCX, Excel)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="156"/>
        <source>Chọn thư &amp;mục…</source>
        <translation>Choose &amp;folder…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="158"/>
        <source>&amp;Mở thư mục</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="160"/>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="189"/>
        <location filename="../plandesk/gui/documents_view.py" line="462"/>
        <source>Thư mục xuất: %1</source>
        <translation>Export folder: %1</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="252"/>
        <source>Số và ngày của văn bản</source>
        <translation>Number and date</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="255"/>
        <source>để trống: ghi tay sau khi vào sổ</source>
        <translation>leave empty to write it by hand after registration</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="261"/>
        <source>Số:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="262"/>
        <source>Ngày ban hành:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="265"/>
        <source>Cuộc họp xét</source>
        <translation>Review meeting</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="271"/>
        <source>Ngày họp:</source>
        <translation>Meeting date:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="276"/>
        <source>Chủ trì và thư ký lấy từ danh sách Hội đồng (vai trò Chủ tịch, Thư ký); số phiếu để trống thì tính theo số thành viên có mặt.</source>
        <translation>The chair and the secretary come from the council list (roles Chair and Secretary); empty vote counts follow the members present.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="291"/>
        <source>Dùng lại văn bản tự động</source>
        <translation>Use the generated text</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="293"/>
        <source>Đã sửa theo ý người dùng</source>
        <translation>Reworded by the user</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="294"/>
        <source>Văn bản tự động từ số liệu hồ sơ</source>
        <translation>Generated from the dossier&apos;s data</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="398"/>
        <source>Đang dựng bản xem trước…</source>
        <translation>Rendering the preview…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="416"/>
        <source>Xem trước: %1 trang</source>
        <translation>Preview: %1 page(s)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="425"/>
        <source>Không dựng được bản xem trước:</source>
        <translation>The preview could not be made:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="494"/>
        <source>Đã xuất %1 tệp vào %2</source>
        <translation>Exported %1 files to %2</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="458"/>
        <source>Chọn thư mục ghi văn bản xuất ra</source>
        <translation>Choose the folder for exported documents</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="304"/>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="306"/>
        <source>Mỗi dòng một nơi; “Lưu: VT” được thêm nếu thiếu.</source>
        <translation>One recipient per line; “Lưu: VT” is added if missing.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="497"/>
        <source>Chưa xuất %1 (hồ sơ chưa đủ điều kiện; xem màn hình Kiểm tra hồ sơ).</source>
        <translation>Not exported: %1 (the dossier does not meet the conditions yet; see the Dossier check screen).</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="509"/>
        <source>%1

Vẫn xuất, bỏ các tài liệu đó ra (mục lục ghi rõ là thiếu)?</source>
        <translation>%1

Export anyway, leaving those documents out (the index marks them as missing)?</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="511"/>
        <source>Tệp minh chứng thiếu hoặc đã bị thay đổi</source>
        <translation>Evidence files missing or changed</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="516"/>
        <source>Chưa xuất được văn bản này</source>
        <translation>This document cannot be exported yet</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="518"/>
        <source>%1

Nếu tệp đang mở trong Word hoặc trình đọc PDF, hãy đóng tệp rồi thử lại. Chọn thư mục khác để lưu?</source>
        <translation>%1

If the file is open in Word or a PDF reader, close it and try again. Save to another folder?</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="521"/>
        <source>Không ghi được văn bản</source>
        <translation>The document could not be written</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="522"/>
        <source>Chọn thư mục khác</source>
        <translation>Choose another folder</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="528"/>
        <source>… và %1 tệp khác</source>
        <translation>… and %1 more files</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="531"/>
        <source>Thư mục %1 đã có các tệp dưới đây, không phải do hồ sơ này xuất ra (có thể của hồ sơ xã khác hoặc năm khác). Ghi đè sẽ thay các tệp này:

%2

Ghi đè? Chọn “Không” rồi bấm “Chọn thư mục…” để xuất vào thư mục khác.</source>
        <translation>The folder %1 already holds the files below, which this dossier did not export (they may belong to another commune&apos;s or another year&apos;s dossier). Overwriting replaces them:

%2

Overwrite? Choose “No”, then “Choose folder…” to export into another folder.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="535"/>
        <source>Thay các tệp đã có?</source>
        <translation>Replace the existing files?</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="537"/>
        <source>Đang xuất văn bản…</source>
        <translation>Exporting documents…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="553"/>
        <source>Không gửi được lệnh in (%1); tệp sẽ được mở để in bằng tay.</source>
        <translation>Could not send to the printer (%1); the file will be opened so you can print it.</translation>
    </message>
</context>
<context>
    <name>DossierPicker</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="285"/>
        <source>Chọn hồ sơ</source>
        <translation>Choose a dossier</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="285"/>
        <location filename="../plandesk/gui/dialogs.py" line="328"/>
        <source>Chào mừng đến với PlanDesk</source>
        <translation>Welcome to PlanDesk</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="288"/>
        <source>Chọn hồ sơ để làm việc:</source>
        <translation>Choose the dossier to work on:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="289"/>
        <source>Chưa có hồ sơ nào. Tạo hồ sơ xây dựng xã điển hình của xã mình, hoặc mở hồ sơ mẫu (xã Thanh Mỹ, năm 2024) để xem cách làm.</source>
        <translation>There is no dossier yet. Create your commune&apos;s dossier, or open the sample dossier (xã Thanh Mỹ, 2024) to see how it works.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="296"/>
        <source>%1 — năm %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="306"/>
        <source>&amp;Mở</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="308"/>
        <source>Hồ sơ &amp;năm sau từ hồ sơ này…</source>
        <translation>&amp;Next year&apos;s dossier from this one…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="310"/>
        <source>&amp;Tạo hồ sơ mới…</source>
        <translation>&amp;New dossier…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="312"/>
        <source>Mở hồ sơ &amp;mẫu</source>
        <translation>Open the &amp;sample dossier</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="314"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="84"/>
        <source>Thông tin tài liệu minh chứng</source>
        <translation>Evidence document details</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="87"/>
        <source>ví dụ: 12/KH-UBND</source>
        <translation>e.g. 12/KH-UBND</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="95"/>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="96"/>
        <source>&amp;Số, ký hiệu:</source>
        <translation>&amp;Number and symbol:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="97"/>
        <source>&amp;Ngày ban hành:</source>
        <translation>&amp;Date issued:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="98"/>
        <source>&amp;Cơ quan ban hành:</source>
        <translation>&amp;Issuer:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="99"/>
        <source>T&amp;rích yếu:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="100"/>
        <source>&amp;Ghi chú:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="101"/>
        <source>Dùng cho tiêu chí:</source>
        <translation>Used for criteria:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="101"/>
        <source>(chưa gắn)</source>
        <translation>(not linked)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="106"/>
        <source>Đọc được từ văn bản</source>
        <translation>Read from the document</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="108"/>
        <source>Số, ký hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="108"/>
        <source>Ngày ban hành</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="109"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="109"/>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="116"/>
        <source>Điền &amp;các giá trị đọc được vào ô</source>
        <translation>&amp;Fill in the values read</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="132"/>
        <source>Tiêu chí gợi ý (đánh dấu để gắn tài liệu vào)</source>
        <translation>Suggested criteria (tick to link the document)</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../plandesk/gui/models/evidence.py" line="80"/>
        <source>Đọc tự động từ văn bản: hãy kiểm tra rồi bấm “Xác nhận thông tin đọc được”.</source>
        <translation>Read from the document: check it, then click “Confirm the details read”.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/evidence.py" line="84"/>
        <source>(chưa gắn)</source>
        <translation>(not linked)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="95"/>
        <source>Danh sách tài liệu minh chứng</source>
        <translation>Evidence documents</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="98"/>
        <source>Kéo thả tệp từ Explorer vào đây, hoặc bấm “Thêm tệp…”. Tệp trùng nội dung chỉ được liên kết, không chép lại.</source>
        <translation>Drag files from Explorer here, or click “Add files…”. A file with the same content is linked, not copied again.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="104"/>
        <source>&amp;Thêm tệp…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="106"/>
        <source>&amp;Mở</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="108"/>
        <source>Sửa thông &amp;tin…</source>
        <translation>Edit de&amp;tails…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="110"/>
        <source>Gắn với &amp;tiêu chí…</source>
        <translation>Link to &amp;criteria…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="112"/>
        <source>&amp;Bỏ khỏi tiêu chí</source>
        <translation>&amp;Remove from criterion</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="114"/>
        <source>&amp;Xóa tài liệu</source>
        <translation>&amp;Delete document</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="116"/>
        <source>&amp;Xác nhận thông tin đọc được</source>
        <translation>&amp;Confirm the details read</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="117"/>
        <source>Số, ngày, cơ quan ban hành và trích yếu đã được đọc từ văn bản; bấm để xác nhận các tài liệu đang chọn</source>
        <translation>The number, date, issuer and subject were read from the document; click to confirm the selected documents</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="120"/>
        <source>Nhận dạng chữ bản &amp;quét (OCR)…</source>
        <translation>Read &amp;scans (OCR)…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="141"/>
        <source>Tìm trong nội dung tài liệu (gõ không dấu cũng được)…</source>
        <translation>Search the documents&apos; text (accents optional)…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="143"/>
        <source>Tìm trong nội dung tài liệu</source>
        <translation>Search the documents&apos; text</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="238"/>
        <source>Không tìm thấy tài liệu nào có “%1”.</source>
        <translation>No document contains “%1”.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="239"/>
        <source>Không có đủ các từ tìm: thiếu %1</source>
        <translation>Not every search word is here: %1 missing</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="259"/>
        <source>Chưa có chương trình nhận dạng chữ (OCR)</source>
        <translation>No OCR program installed</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="262"/>
        <source>Không có bản quét nào cần nhận dạng chữ.</source>
        <translation>No scan needs reading.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="267"/>
        <source>Đã nhận dạng chữ %1/%2 bản quét.</source>
        <translation>Read %1 of %2 scans.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="271"/>
        <source>Đang nhận dạng chữ các bản quét…</source>
        <translation>Reading the scans…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="295"/>
        <source>Chọn tệp minh chứng cho tiêu chí %1</source>
        <translation>Choose evidence files for criterion %1</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="293"/>
        <source>Tài liệu (*.pdf *.docx *.doc *.xlsx *.xls *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)</source>
        <translation>Documents (*.pdf *.docx *.doc *.xlsx *.xls *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="374"/>
        <source>Bỏ %1 khỏi tiêu chí %2?</source>
        <translation>Remove %1 from criterion %2?</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="384"/>
        <source>Tài liệu “%1” không còn dùng cho tiêu chí nào. Xóa hẳn tài liệu khỏi hồ sơ?
Chọn “Không” để giữ lại (xem ở thẻ Minh chứng).</source>
        <translation>Document “%1” is no longer used by any criterion. Delete it from the dossier?
Choose “No” to keep it (see the Evidence tab).</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="397"/>
        <source>Tài liệu “%1” còn dùng cho tiêu chí %2; hãy bỏ liên kết trước.</source>
        <translation>Document “%1” is still used by criteria %2; remove those links first.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="401"/>
        <source>Xóa hẳn %1 khỏi hồ sơ? Không thể hoàn tác.</source>
        <translation>Delete %1 from the dossier? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../plandesk/gui/help.py" line="34"/>
        <source>Hướng dẫn sử dụng PlanDesk</source>
        <translation>PlanDesk user&apos;s guide</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/help.py" line="39"/>
        <source>Hướng dẫn sử dụng</source>
        <translation>User&apos;s guide</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/help.py" line="42"/>
        <source>← &amp;Trở lại</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/help.py" line="46"/>
        <source>&amp;Mục lục</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/help.py" line="73"/>
        <source>Không tìm thấy tệp hướng dẫn đi kèm PlanDesk; hãy cài đặt lại ứng dụng.</source>
        <translation>The guide shipped with PlanDesk was not found; please reinstall the application.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../plandesk/gui/history_view.py" line="17"/>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/history_view.py" line="18"/>
        <source>Mọi thay đổi được ghi lại ở đây, mới nhất ở trên; không ai sửa hay xóa được các dòng này.</source>
        <translation>Every change is recorded here, newest first; nobody can edit or delete these lines.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="141"/>
        <source>Nhập gói hồ sơ</source>
        <translation>Import a dossier package</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="148"/>
        <source>Hồ sơ này chưa có trong máy: sẽ được tạo mới.</source>
        <translation>This dossier is not on this PC yet: it will be created.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="144"/>
        <source>Gói ý kiến thẩm định</source>
        <translation>Review package</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="144"/>
        <source>Gói hồ sơ</source>
        <translation>Dossier package</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="145"/>
        <source>&lt;b&gt;%1&lt;/b&gt; của %2, năm %3 — tệp %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; of %2, year %3 — file %4</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="149"/>
        <source>Hồ sơ này đã có trong máy: bản hiện tại được giữ lại trong lịch sử trước khi nhập.</source>
        <translation>This dossier is already on this PC: the current version is kept in the history before importing.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="150"/>
        <source>✓ Gói còn nguyên vẹn: PlanDesk đã kiểm tra từng tệp trong gói; trong máy chưa có gì thay đổi.</source>
        <translation>✓ The package is intact: PlanDesk checked every file in it; nothing on this PC has changed yet.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="157"/>
        <source>Bộ tiêu chí: %1 (%2)</source>
        <translation>Criteria set: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="158"/>
        <source>Mã nộp: %1</source>
        <translation>Submission code: %1</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="160"/>
        <source>Chi tiết kỹ thuật của việc kiểm tra gói</source>
        <translation>Technical details of the package check</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="163"/>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="211"/>
        <source>Chi &amp;tiết ▸</source>
        <translation>&amp;Details ▸</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="169"/>
        <source>Sẽ nhập: %1.</source>
        <translation>To import: %1.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="170"/>
        <source>%1 mục %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="175"/>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="175"/>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="175"/>
        <source>Mục</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="185"/>
        <source>— chọn —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="186"/>
        <source>Giữ bản trong máy</source>
        <translation>Keep this PC&apos;s version</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="187"/>
        <source>Lấy bản trong gói</source>
        <translation>Take the package&apos;s version</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="191"/>
        <source>Các thay đổi</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="194"/>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="202"/>
        <source>Ý kiến thẩm định sẽ hiện bên cạnh từng tiêu chí.</source>
        <translation>The review comments will show beside each criterion.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="211"/>
        <source>Chi &amp;tiết ▾</source>
        <translation>&amp;Details ▾</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="216"/>
        <source>Còn %1 mục xung đột (đã sửa cả ở máy này và trong gói) cần quyết định.</source>
        <translation>%1 conflicting items (changed both on this PC and in the package) still need a decision.</translation>
    </message>
</context>
<context>
    <name>IssueBar</name>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="103"/>
        <source>&amp;Ban hành…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="104"/>
        <source>Ghi số, ngày và lưu bản PDF, DOCX như đã ban hành</source>
        <translation>Give the number and date and keep the PDF and DOCX as issued</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="106"/>
        <source>Ban hành phiên bản &amp;mới…</source>
        <translation>Issue a &amp;new version…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="108"/>
        <source>Xem &amp;thay đổi</source>
        <translation>See the &amp;changes</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="140"/>
        <source>Chưa ban hành: bản xuất ra được dựng lại từ hồ sơ mỗi lần.</source>
        <translation>Not issued: every export is made again from the dossier.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="141"/>
        <source>Ban hành: ghi số, ngày và lưu bản PDF, DOCX đúng như khi ban hành.</source>
        <translation>Issuing gives the number and date and keeps the PDF and DOCX exactly as issued.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="144"/>
        <source>Đã ban hành %1, ngày %2 (phiên bản %3).</source>
        <translation>Issued %1, dated %2 (version %3).</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="146"/>
        <source>Bản xuất ra (PDF, DOCX) là bản đã ban hành, lưu trong hồ sơ.</source>
        <translation>Exports (PDF, DOCX) are the issued files kept in the dossier.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="148"/>
        <source>Hồ sơ hiện không còn đủ điều kiện cho văn bản này.</source>
        <translation>The dossier no longer allows this document.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="151"/>
        <source>Hồ sơ đã thay đổi sau khi ban hành.</source>
        <translation>The dossier has changed since it was issued.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="152"/>
        <source>Xem thay đổi, rồi ban hành phiên bản mới nếu cần.</source>
        <translation>See the changes, then issue a new version if needed.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="154"/>
        <source>Giữ như đã ban hành.</source>
        <translation>Kept as issued.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="155"/>
        <source>Lịch sử hồ sơ bắt đầu sau ngày của văn bản nên không so sánh được.</source>
        <translation>The dossier&apos;s history starts after the document&apos;s date: it cannot be compared.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="157"/>
        <source>Khớp với hồ sơ hiện tại.</source>
        <translation>Matches the dossier as it is now.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="171"/>
        <source>Thay đổi sau khi ban hành: %1</source>
        <translation>Changes since issued: %1</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="213"/>
        <source>Đang ban hành văn bản…</source>
        <translation>Issuing the document…</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="43"/>
        <source>Ban hành phiên bản mới</source>
        <translation>Issue a new version</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="43"/>
        <source>Ban hành văn bản</source>
        <translation>Issue the document</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="45"/>
        <source>ví dụ: 12</source>
        <translation>e.g. 12</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="48"/>
        <source>%1 sẽ được ghi số, ngày và lưu bản PDF, DOCX đúng như khi ban hành; các lần xuất sau trả về đúng bản này.</source>
        <translation>%1 gets its number and date and its PDF and DOCX are kept exactly as issued; later exports return these files.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="52"/>
        <source>&amp;Số:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="53"/>
        <source>&amp;Ngày ban hành:</source>
        <translation>&amp;Date issued:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="63"/>
        <source>Hãy nhập số và ngày ban hành.</source>
        <translation>Enter the number and the date issued.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="172"/>
        <source>Tài liệu dùng cho những tiêu chí nào</source>
        <translation>Criteria this document proves</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="211"/>
        <source>Đang mở hồ sơ…</source>
        <translation>Opening the dossier…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="122"/>
        <source>Tìm tiêu chí (gõ không dấu cũng được)…</source>
        <translation>Find a criterion (accents optional)…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="124"/>
        <source>Tìm tiêu chí</source>
        <translation>Find criterion</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="129"/>
        <source>Lọc tiêu chí</source>
        <translation>Filter criteria</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="134"/>
        <source>Danh sách tiêu chí</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="174"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="175"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="176"/>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="177"/>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="178"/>
        <source>Hội đồng</source>
        <translation>Council</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="179"/>
        <source>Thiết lập</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="180"/>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="181"/>
        <source>Tổng hợp các xã</source>
        <translation>Communes roll-up</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="201"/>
        <source>Cho phép sửa hồ sơ này</source>
        <translation>Allow editing this dossier</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="866"/>
        <source>Thư mục làm việc: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="878"/>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="881"/>
        <source>Chưa lưu — xem dòng chữ đỏ</source>
        <translation>Not saved — see the red text</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="884"/>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="246"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="247"/>
        <source>Hồ sơ &amp;mới…</source>
        <translation>&amp;New dossier…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="248"/>
        <source>&amp;Mở hồ sơ…</source>
        <translation>&amp;Open dossier…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="249"/>
        <source>Hồ sơ năm &amp;sau từ hồ sơ này…</source>
        <translation>Next &amp;year&apos;s dossier from this one…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="251"/>
        <source>&amp;Xuất gói hồ sơ (USB)…</source>
        <translation>&amp;Export dossier package (USB)…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="253"/>
        <source>&amp;Nhập gói hồ sơ…</source>
        <translation>&amp;Import dossier package…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="255"/>
        <source>Xuất gói ý &amp;kiến thẩm định…</source>
        <translation>Export &amp;review package…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="257"/>
        <source>&amp;Sao lưu đầy đủ (ra USB, ổ khác)…</source>
        <translation>&amp;Full backup (to USB, another disk)…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="258"/>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="260"/>
        <source>Xem thư mục &amp;làm việc</source>
        <translation>Show the &amp;workspace folder</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="262"/>
        <source>Mở thư mục làm việc &amp;khác…</source>
        <translation>Open &amp;another workspace…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="263"/>
        <source>&amp;Chuyển thư mục làm việc sang…</source>
        <translation>&amp;Move the workspace to…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="265"/>
        <source>&amp;Thoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="267"/>
        <source>Tiêu &amp;chí</source>
        <translation>&amp;Criteria</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="268"/>
        <source>Tiêu chí &amp;trước</source>
        <translation>&amp;Previous criterion</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="271"/>
        <source>Tiêu chí &amp;sau</source>
        <translation>&amp;Next criterion</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="274"/>
        <source>Đính &amp;kèm tệp…</source>
        <translation>&amp;Attach files…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="276"/>
        <source>&amp;Tìm tiêu chí</source>
        <translation>&amp;Find criterion</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="278"/>
        <source>Nhập bảng &amp;phân công từ Excel…</source>
        <translation>Import the &amp;assignment table from Excel…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="280"/>
        <source>Xuất bảng phân công ra &amp;Excel…</source>
        <translation>Export the assignment table to &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="282"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="286"/>
        <source>T&amp;rợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="287"/>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;User&apos;s guide</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="289"/>
        <source>&amp;Giới thiệu PlanDesk</source>
        <translation>&amp;About PlanDesk</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="309"/>
        <source>Chưa sao lưu tự động được: %1</source>
        <translation>The automatic backup could not be made: %1</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="363"/>
        <source>%1 — năm %2 — PlanDesk</source>
        <translation>%1 — %2 — PlanDesk</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="382"/>
        <source>Đang xem hồ sơ %1 năm %2 để thẩm định: chỉ ghi được ý kiến thẩm định (Tiêu chí → Ý kiến thẩm định), rồi gửi lại xã bằng Tệp → Xuất gói ý kiến thẩm định.</source>
        <translation>Reviewing the dossier of %1, %2: only the review can be written (Criterion → Review), then sent back with File → Export review package.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="414"/>
        <source>Đang tạo hồ sơ mẫu…</source>
        <translation>Creating the sample dossier…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="603"/>
        <source>Đã ghi gói hồ sơ: %1
%2, %3%4.
Mã nộp: %5</source>
        <translation>Package written: %1
%2, %3%4.
Submission code: %5</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="607"/>
        <source>Không đưa được vào gói:</source>
        <translation>Could not be included:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="657"/>
        <source>Đã sao lưu vào %1 (%2, %3 tệp minh chứng, đã kiểm tra lại).</source>
        <translation>Backed up to %1 (%2, %3 evidence files, checked again).</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="891"/>
        <source>Chưa lưu: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="604"/>
        <source>, mã hóa</source>
        <translation>, encrypted</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="608"/>
        <source>Xuất gói hồ sơ</source>
        <translation>Export dossier package</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="610"/>
        <source>Đang ghi gói hồ sơ…</source>
        <translation>Writing the package…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="626"/>
        <source>Đã ghi gói ý kiến thẩm định: %1
Gửi gói này cho %2; xã nhập gói để xem ý kiến bên cạnh từng tiêu chí.</source>
        <translation>Review package written: %1
Send it to %2; the commune imports it to see the comments beside each criterion.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="629"/>
        <source>Xuất gói ý kiến thẩm định</source>
        <translation>Export review package</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="633"/>
        <source>Đang ghi gói ý kiến thẩm định…</source>
        <translation>Writing the review package…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="640"/>
        <source>Không thể %1 khi cơ sở dữ liệu nằm trên máy chủ dùng chung.

%2</source>
        <translation>Cannot %1 while the database is on a shared server.

%2</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="642"/>
        <source>Cơ sở dữ liệu dùng chung</source>
        <translation>Shared database</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="646"/>
        <source>sao lưu đầy đủ</source>
        <translation>make a full backup</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="648"/>
        <source>Chọn nơi ghi bản sao lưu (USB hoặc ổ đĩa khác)</source>
        <translation>Choose where to write the backup (USB or another disk)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="660"/>
        <source>Sao lưu đầy đủ</source>
        <translation>Full backup</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="663"/>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="666"/>
        <source>khôi phục từ bản sao lưu</source>
        <translation>restore from a backup</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="680"/>
        <source>Bản sao lưu do PlanDesk mới hơn tạo ra; hãy cập nhật PlanDesk.</source>
        <translation>This backup was made by a newer PlanDesk; update PlanDesk first.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="683"/>
        <source>Khôi phục bản sao lưu này? Dữ liệu hiện tại được giữ lại trong thư mục backups/ trước khi khôi phục.</source>
        <translation>Restore this backup? The current data is kept in the backups/ folder first.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="684"/>
        <location filename="../plandesk/gui/main_window.py" line="693"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="687"/>
        <source>Đang khôi phục…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="691"/>
        <source>Đã khôi phục từ %1. Dữ liệu trước đó được giữ tại %2.</source>
        <translation>Restored from %1. The previous data is kept at %2.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="676"/>
        <source>Đang kiểm tra bản sao lưu…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="600"/>
        <source>%1 tài liệu minh chứng</source>
        <translation>%1 evidence documents</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="602"/>
        <source>, %1 văn bản PDF</source>
        <translation>, %1 PDF documents</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="707"/>
        <source>Chọn gói hồ sơ</source>
        <translation>Choose a dossier package</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="708"/>
        <source>Gói PlanDesk (*.plandesk *.plandesk.001);;Mọi tệp (*)</source>
        <translation>PlanDesk packages (*.plandesk *.plandesk.001);;All files (*)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="738"/>
        <source>Đang nhập gói hồ sơ…</source>
        <translation>Importing the package…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="741"/>
        <source>%1 mục %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="743"/>
        <source>Đã nhập %1 năm %2 (%3).</source>
        <translation>Imported %1 %2 (%3).</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="744"/>
        <source>Nhập gói hồ sơ</source>
        <translation>Import a dossier package</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="764"/>
        <source>Đang kiểm tra gói hồ sơ…</source>
        <translation>Checking the package…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="778"/>
        <source>ổ USB (ổ di động)</source>
        <translation>a USB (removable) drive</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="778"/>
        <source>ổ mạng</source>
        <translation>a network drive</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="780"/>
        <source>Thư mục làm việc %1 đang ở trên %2. Nếu ổ bị rút ra hoặc mất kết nối khi đang ghi, hồ sơ có thể bị hỏng.

Chép sang máy này và làm việc trên bản sao? (Thư mục trên %2 được giữ nguyên.)</source>
        <translation>The workspace %1 is on %2. If the drive is removed or disconnected while writing, the dossier can be damaged.

Copy it to this PC and work on the copy? (The folder on %2 is kept as it is.)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="791"/>
        <source>Chọn thư mục làm việc</source>
        <translation>Choose the workspace folder</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="797"/>
        <source>chuyển thư mục làm việc (hãy chép thư mục minh chứng và database.txt bằng tay; dữ liệu vẫn ở máy chủ)</source>
        <translation>move the workspace (copy the evidence folder and database.txt by hand; the data stays on the server)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="800"/>
        <source>Chọn thư mục trống để chuyển thư mục làm việc sang</source>
        <translation>Choose an empty folder to move the workspace to</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="814"/>
        <source>Đã chuyển thư mục làm việc sang %1; thư mục cũ %2 được giữ nguyên.</source>
        <translation>The workspace was moved to %1; the old folder %2 is kept as it was.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="820"/>
        <source>Đang chép thư mục làm việc…</source>
        <translation>Copying the workspace…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="842"/>
        <source>Chưa đăng nhập nên thư mục làm việc chưa được mở.</source>
        <translation>Nobody signed in, so the workspace was not opened.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="843"/>
        <location filename="../plandesk/gui/main_window.py" line="859"/>
        <source>Không mở được thư mục làm việc</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="862"/>
        <source>Đang mở thư mục làm việc…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="868"/>
        <source>dữ liệu dùng chung trên %1</source>
        <translation>shared data on %1</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="198"/>
        <source>Thành viên Hội đồng</source>
        <translation>Council members</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="202"/>
        <source>ví dụ: Trưởng Công an xã</source>
        <translation>e.g. Trưởng Công an xã</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="208"/>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="209"/>
        <source>&amp;Chức vụ:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="210"/>
        <source>&amp;Vai trò trong Hội đồng:</source>
        <translation>&amp;Role in the council:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="221"/>
        <source>Hãy nhập họ và tên.</source>
        <translation>Enter the full name.</translation>
    </message>
</context>
<context>
    <name>NewDossierDialog</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="258"/>
        <source>Hãy nhập tên xã.</source>
        <translation>Enter the commune&apos;s name.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="262"/>
        <source>Không có bộ tiêu chí nào; hãy cài đặt lại ứng dụng.</source>
        <translation>No criteria framework is available; reinstall the application.</translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="9"/>
        <source>Tạo hồ sơ mới</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="15"/>
        <source>Nhập thông tin của xã và năm xây dựng xã điển hình. Có thể sửa lại sau ở thẻ Thiết lập.</source>
        <translation>Enter the commune and the year. You can change them later in Settings.</translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="24"/>
        <source>Tên &amp;xã:</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="30"/>
        <source>ví dụ: Thanh Mỹ</source>
        <translation>e.g. Thanh Mỹ</translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="35"/>
        <source>&amp;Mã đơn vị hành chính:</source>
        <translation>Administrative &amp;code:</translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="44"/>
        <source>&amp;Huyện (nếu có):</source>
        <translation>&amp;District (if any):</translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="50"/>
        <source>ví dụ: huyện Tháp Mười</source>
        <translation>e.g. huyện Tháp Mười</translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="55"/>
        <source>&amp;Tỉnh:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="61"/>
        <source>ví dụ: tỉnh Đồng Tháp</source>
        <translation>e.g. tỉnh Đồng Tháp</translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="66"/>
        <source>&amp;Cơ quan xét công nhận:</source>
        <translation>&amp;Approving body:</translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="72"/>
        <source>ví dụ: Ban Chỉ đạo 138 huyện Tháp Mười</source>
        <translation>e.g. Ban Chỉ đạo 138 huyện Tháp Mười</translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="77"/>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="90"/>
        <source>&amp;Bộ tiêu chí:</source>
        <translation>Criteria &amp;framework:</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="39"/>
        <source>Xuất gói hồ sơ</source>
        <translation>Export dossier package</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="39"/>
        <source>Xuất gói ý kiến thẩm định</source>
        <translation>Export review package</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="41"/>
        <source>&amp;Chọn…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="49"/>
        <source>Kèm các văn bản của hồ sơ (PDF: tờ trình, báo cáo, biên bản…) cho người không có PlanDesk</source>
        <translation>Include the dossier&apos;s documents (PDF: letter, report, minutes…) for readers without PlanDesk</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="52"/>
        <source>&amp;Mã hóa bằng mật khẩu (nên dùng khi chép ra USB)</source>
        <translation>&amp;Encrypt with a password (recommended for USB sticks)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="61"/>
        <source>&amp;Tệp gói:</source>
        <translation>Package &amp;file:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="65"/>
        <source>Mật &amp;khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="66"/>
        <source>&amp;Nhập lại mật khẩu:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="67"/>
        <source>Báo mật khẩu cho nơi nhận bằng đường khác (điện thoại, gặp trực tiếp), không ghi cùng USB. Quên mật khẩu thì không mở được gói.</source>
        <translation>Give the password to the recipient another way (phone, in person), never on the same USB stick. A forgotten password cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="81"/>
        <source>Lưu gói hồ sơ</source>
        <translation>Save the package</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="82"/>
        <source>Gói PlanDesk (*.plandesk)</source>
        <translation>PlanDesk packages (*.plandesk)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="88"/>
        <source>Hãy chọn nơi lưu gói.</source>
        <translation>Choose where to save the package.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="92"/>
        <source>Mật khẩu cần ít nhất %1 ký tự.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="95"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="115"/>
        <source>Mật khẩu của gói</source>
        <translation>Package password</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="116"/>
        <source>Sai mật khẩu. Nhập lại mật khẩu của gói “%1”:</source>
        <translation>Wrong password. Enter the password of “%1” again:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="117"/>
        <source>Gói “%1” được mã hóa. Nhập mật khẩu:</source>
        <translation>“%1” is encrypted. Enter its password:</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="206"/>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="206"/>
        <source>Đặt mật khẩu mới cho %1</source>
        <translation>Set a new password for %1</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="211"/>
        <source>Mật khẩu &amp;hiện tại:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="213"/>
        <source>Mật khẩu &amp;mới:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="214"/>
        <source>&amp;Nhập lại mật khẩu mới:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
</context>
<context>
    <name>PreflightView</name>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="42"/>
        <source>Bấm “Kiểm tra” để xem những gì nơi thẩm định sẽ yêu cầu bổ sung.</source>
        <translation>Press “Check” to see what the reviewers would send back.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="46"/>
        <source>Nội dung</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="46"/>
        <source>Mức</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="49"/>
        <source>Kết quả kiểm tra hồ sơ</source>
        <translation>Pre-submission check results</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="53"/>
        <source>&amp;Kiểm tra</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="55"/>
        <source>Đến &amp;chỗ cần sửa</source>
        <translation>&amp;Go to the place to fix</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="61"/>
        <source>Lỗi: nơi thẩm định sẽ trả hồ sơ; lưu ý: nên xem lại. Nhấp đúp một dòng để đến chỗ sửa. Chốt hồ sơ để nộp sẽ kiểm tra lại.</source>
        <translation>Error: the reviewers would send the dossier back; note: worth a look. Double-click a line to go to the place to fix it. Finalising checks again.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="76"/>
        <source>Đang kiểm tra hồ sơ…</source>
        <translation>Checking the dossier…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="79"/>
        <source>Không kiểm tra được: %1</source>
        <translation>Could not check: %1</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="95"/>
        <source>Tiêu chí %1</source>
        <translation>Criterion %1</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="95"/>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="112"/>
        <source>Không có lỗi: hồ sơ có thể trình. %1 lưu ý.</source>
        <translation>No errors: the dossier can be submitted. %1 note(s).</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="114"/>
        <source>%1 lỗi cần sửa trước khi trình, %2 lưu ý.</source>
        <translation>%1 error(s) to fix before submitting, %2 note(s).</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="140"/>
        <source>Kiểm tra hồ sơ</source>
        <translation>Pre-submission check</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="186"/>
        <source>Kiểm tra hồ sơ trước khi trình thấy %1 lỗi (xem màn hình “Kiểm tra hồ sơ”):</source>
        <translation>The pre-submission check found %1 error(s) (see the “Pre-submission check” screen):</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="188"/>
        <source>Vẫn chốt hồ sơ dù còn lỗi?</source>
        <translation>Finalise the dossier all the same?</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="240"/>
        <source>Mở lại hồ sơ đã chốt</source>
        <translation>Reopen finalised dossier</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="242"/>
        <source>Hồ sơ %1 đã được chốt để nộp. Ghi lý do mở lại (được lưu vào lịch sử thay đổi):</source>
        <translation>Dossier %1 was finalised for submission. Give the reason for reopening it (kept in the history):</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="247"/>
        <source>ví dụ: Bổ sung minh chứng theo yêu cầu của Ban Chỉ đạo huyện</source>
        <translation>e.g. Adding evidence requested by the district steering committee</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="256"/>
        <source>Hãy ghi lý do mở lại hồ sơ.</source>
        <translation>Give the reason for reopening the dossier.</translation>
    </message>
</context>
<context>
    <name>RollupModel</name>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="54"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="56"/>
        <source>Huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="86"/>
        <source>minh chứng</source>
        <translation>evidence</translation>
    </message>
</context>
<context>
    <name>RollupView</name>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="44"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="46"/>
        <source>Huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="52"/>
        <source>Xuất &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="55"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="55"/>
        <source>Huyện:</source>
        <translation>District:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="56"/>
        <source>Kết quả:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="74"/>
        <source>Bảng tổng hợp các xã</source>
        <translation>Communes roll-up table</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="75"/>
        <source>Nhấn đúp hoặc Enter trên một xã để mở hồ sơ và ghi ý kiến thẩm định. ⚑: tiêu chí đã yêu cầu bổ sung.</source>
        <translation>Double-click or press Enter on a commune to open its dossier and write the review. ⚑: more evidence requested.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="109"/>
        <source>Chưa có hồ sơ nào. Nhập các gói hồ sơ của các xã (Tệp → Nhập gói hồ sơ).</source>
        <translation>No dossier yet. Import the communes&apos; packages (File → Import dossier package).</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="135"/>
        <source>%1 xã; %2 xã đạt đủ %3 tiêu chí. Ô tiêu chí: %4.</source>
        <translation>%1 communes; %2 meet all %3 criteria. Criteria cells: %4.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="138"/>
        <source>(%1 hồ sơ theo bộ tiêu chí khác không hiện ở đây.)</source>
        <translation>(%1 dossier(s) of other frameworks are not shown.)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="149"/>
        <source>Mọi huyện</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="162"/>
        <source>Lưu bảng tổng hợp</source>
        <translation>Save the roll-up</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="164"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="172"/>
        <source>Đã ghi %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="175"/>
        <source>Đang ghi bảng tổng hợp…</source>
        <translation>Writing the roll-up…</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="47"/>
        <source>Văn bản của hồ sơ</source>
        <translation>Dossier documents</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="55"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="58"/>
        <source>Tùy chọn của người dùng</source>
        <translation>User preferences</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="68"/>
        <source>ví dụ: Trần Minh Tâm</source>
        <translation>e.g. Trần Minh Tâm</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="71"/>
        <source>Lập hồ sơ của xã (Công an xã)</source>
        <translation>Building the commune&apos;s dossier (commune police)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="72"/>
        <source>Thẩm định hồ sơ các xã (cơ quan xét công nhận)</source>
        <translation>Reviewing communes&apos; dossiers (approving body)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="76"/>
        <source>&amp;Ngôn ngữ giao diện:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="77"/>
        <source>&amp;Tên người sử dụng (ghi vào lịch sử):</source>
        <translation>&amp;User name (recorded in the history):</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="78"/>
        <source>&amp;Máy này dùng để:</source>
        <translation>&amp;This PC is used for:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="79"/>
        <source>Ngôn ngữ mới được áp dụng khi mở lại ứng dụng.</source>
        <translation>The new language applies when the application is restarted.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="127"/>
        <source>đã xong</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="131"/>
        <source>Ngày xong: %1</source>
        <translation>Done on: %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="71"/>
        <source>Đăng nhập PlanDesk</source>
        <translation>Sign in to PlanDesk</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="73"/>
        <source>Thư mục làm việc %1 yêu cầu đăng nhập.</source>
        <translation>Workspace %1 requires signing in.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="78"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="80"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="81"/>
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="82"/>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="88"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="89"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="99"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../plandesk/gui/tasks.py" line="187"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="357"/>
        <source>Tên người sử dụng</source>
        <translation>User&apos;s name</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="358"/>
        <source>Mỗi thay đổi trong hồ sơ được ghi vào lịch sử kèm tên người làm. Hãy nhập họ và tên của bạn (sửa lại được ở Thiết lập).</source>
        <translation>Every change to the dossier is recorded in the history with the name of who made it. Please enter your full name (it can be changed in Settings).</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="362"/>
        <source>ví dụ: Trần Minh Tâm</source>
        <translation>e.g. Trần Minh Tâm</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="363"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="365"/>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="368"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="378"/>
        <source>Hãy nhập họ và tên, hoặc bấm “Để sau”.</source>
        <translation>Enter your full name, or press “Later”.</translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="48"/>
        <source>Mật khẩu cần ít nhất %1 ký tự.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="50"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../plandesk/gui/application.py" line="68"/>
        <location filename="../plandesk/gui/application.py" line="89"/>
        <source>Không mở được thư mục làm việc</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="71"/>
        <source>%1

Khôi phục từ bản sao lưu mới nhất “%2”? Tệp hỏng được giữ lại trong thư mục backups/ để cứu dữ liệu nếu cần.</source>
        <translation>%1

Restore from the newest backup “%2”? The damaged file is kept in the backups/ folder for recovery.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="74"/>
        <source>Cơ sở dữ liệu bị hỏng</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="86"/>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="97"/>
        <source>Khôi phục cần mật khẩu lãnh đạo</source>
        <translation>Restoring needs a leader&apos;s password</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="105"/>
        <source>&amp;Tên đăng nhập:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="106"/>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="109"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="110"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="213"/>
        <source>Đã xảy ra lỗi không mong đợi. Những gì đã lưu không bị ảnh hưởng; hãy thử lại thao tác.
Chi tiết đã được ghi vào %1 — hãy gửi tệp này cho người hỗ trợ nếu lỗi lặp lại.</source>
        <translation>An unexpected error occurred. What was saved is not affected; try the action again.
The details were written to %1 — send this file to support if the error happens again.</translation>
    </message>
</context>
<context>
    <name>attach</name>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="425"/>
        <source>Đã đính kèm %1 tệp cho tiêu chí %2</source>
        <translation>Attached %1 files to criterion %2</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="428"/>
        <source> (%1 tệp đã có trong hồ sơ: chỉ liên kết, không chép lại)</source>
        <translation> (%1 files were already in the dossier: linked, not copied again)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="431"/>
        <source>; đã dừng, %1 tệp chưa đính kèm</source>
        <translation>; stopped, %1 files not attached</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="444"/>
        <source>Đang đính kèm tệp minh chứng…</source>
        <translation>Attaching evidence files…</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="38"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="39"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="40"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="41"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../plandesk/domain/messages.py" line="32"/>
        <source>Cần đăng nhập để {permission}. Hãy đăng nhập bằng tài khoản được giao (trên dòng lệnh: --user TÊN).</source>
        <translation>You need to sign in to {permission}. Sign in with the account you were given (on the command line: --user NAME).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="35"/>
        <source>Tài khoản &apos;{account}&apos; (vai trò {role}) không được {permission}. Hãy nhờ người có quyền thực hiện.</source>
        <translation>The account &apos;{account}&apos; (role {role}) may not {permission}. Ask someone who has the right to do it.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="38"/>
        <source>Hồ sơ đã được chốt để nộp (ngày {date}, {sealed_by}) nên không sửa được. Muốn sửa, lãnh đạo phải mở lại hồ sơ và ghi lý do.</source>
        <translation>The dossier was finalised for submission (on {date}, {sealed_by}) and cannot be changed. To change it, a leader must reopen the dossier and give a reason.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="41"/>
        <source>không rõ người chốt</source>
        <translation>finalised by an unknown user</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="42"/>
        <source>xem hồ sơ</source>
        <translation>view the dossier</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="43"/>
        <source>sửa hồ sơ</source>
        <translation>edit the dossier</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="44"/>
        <source>kết luận Đạt/Không đạt</source>
        <translation>decide Met/Not met</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="45"/>
        <source>chốt hoặc mở lại hồ sơ</source>
        <translation>finalise or reopen the dossier</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="46"/>
        <source>quản lý tài khoản và khôi phục dữ liệu</source>
        <translation>manage accounts and restore data</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="47"/>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="48"/>
        <source>Lãnh đạo</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="49"/>
        <source>Chỉ xem</source>
        <translation>View only</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="51"/>
        <source>Mật khẩu cần ít nhất {length} ký tự.</source>
        <translation>The password needs at least {length} characters.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="52"/>
        <source>Mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách.</source>
        <translation>The password must not begin or end with a space.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="54"/>
        <source>Tên đăng nhập không được để trống hoặc chứa dấu cách (ví dụ: tam.tm).</source>
        <translation>The user name must not be empty or contain spaces (for example: tam.tm).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="56"/>
        <source>Tên đăng nhập dài quá {length} ký tự.</source>
        <translation>The user name is longer than {length} characters.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="57"/>
        <source>Đã có tài khoản &apos;{account}&apos;. Hãy chọn tên đăng nhập khác.</source>
        <translation>There is already an account &apos;{account}&apos;. Choose another user name.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="58"/>
        <source>Tài khoản đầu tiên phải có vai trò Lãnh đạo, để luôn có người quản lý các tài khoản khác.</source>
        <translation>The first account must have the Leader role, so that there is always someone to manage the other accounts.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="60"/>
        <source>Chưa đăng nhập: không có mật khẩu nào để đổi.</source>
        <translation>Nobody is signed in: there is no password to change.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="61"/>
        <source>Mật khẩu hiện tại không đúng.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="62"/>
        <source>Tên đăng nhập hoặc mật khẩu không đúng.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="63"/>
        <source>Tên đăng nhập hoặc mật khẩu không đúng (còn {left} lần thử trước khi tài khoản bị tạm khóa {minutes} phút).</source>
        <translation>Wrong user name or password ({left} tries left before the account is locked for {minutes} minutes).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="66"/>
        <source>Mật khẩu không đúng. Tài khoản &apos;{account}&apos; bị tạm khóa {minutes} phút vì nhập sai {failures} lần liên tiếp.</source>
        <translation>Wrong password. The account &apos;{account}&apos; is locked for {minutes} minutes after {failures} wrong passwords in a row.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="69"/>
        <source>Tài khoản &apos;{account}&apos; đang tạm khóa đến {time} ngày {date} vì nhập sai mật khẩu nhiều lần. Hãy chờ, hoặc nhờ lãnh đạo đặt lại mật khẩu.</source>
        <translation>The account &apos;{account}&apos; is locked until {time} on {date} after too many wrong passwords. Wait, or ask a leader to reset the password.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="72"/>
        <source>Không có tài khoản số {number}.</source>
        <translation>There is no account number {number}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="73"/>
        <source>Phải còn ít nhất một tài khoản Lãnh đạo đang dùng để quản lý tài khoản. Muốn bỏ đăng nhập, hãy dùng &apos;Tắt đăng nhập&apos;.</source>
        <translation>At least one active Leader account must remain to manage the accounts. To stop using sign-in, use &apos;Turn sign-in off&apos;.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="77"/>
        <source>&apos;{folder}&apos; là một tệp, không phải thư mục. Hãy chọn một thư mục làm việc.</source>
        <translation>&apos;{folder}&apos; is a file, not a folder. Choose a workspace folder.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="79"/>
        <source>&apos;{file}&apos; không phải một tệp cơ sở dữ liệu.</source>
        <translation>&apos;{file}&apos; is not a database file.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="80"/>
        <source>Cơ sở dữ liệu &apos;{file}&apos; rỗng (0 byte) nhưng thư mục làm việc còn dữ liệu ({signs}): có thể do mất điện hoặc rút USB khi đang ghi. PlanDesk không tạo cơ sở dữ liệu trống ở đây, để không mất những gì còn lại.</source>
        <translation>The database &apos;{file}&apos; is empty (0 bytes) but the workspace folder still holds data ({signs}): perhaps the power failed or a USB stick was pulled out while writing. PlanDesk does not create an empty database here, so that nothing of what remains is lost.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="84"/>
        <source>Cơ sở dữ liệu &apos;{file}&apos; bị mất nhưng thư mục làm việc còn dữ liệu ({signs}): có thể do mất điện hoặc rút USB khi đang ghi. PlanDesk không tạo cơ sở dữ liệu trống ở đây, để không mất những gì còn lại.</source>
        <translation>The database &apos;{file}&apos; is missing but the workspace folder still holds data ({signs}): perhaps the power failed or a USB stick was pulled out while writing. PlanDesk does not create an empty database here, so that nothing of what remains is lost.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="88"/>
        <source>{problem} Bản sao lưu tốt gần nhất: &apos;{backup}&apos;. Để khôi phục: &apos;plandesk restore TỆP --yes&apos; (tệp hỏng, nếu có, được giữ lại trong backups/); hoặc đóng PlanDesk, đổi tên tệp hỏng (và các tệp {database}-wal, {database}-shm nếu có) để giữ lại, rồi chép bản sao lưu đó vào thành &apos;{file}&apos;.</source>
        <translation>{problem} The newest good backup: &apos;{backup}&apos;. To restore it: &apos;plandesk restore FILE --yes&apos; (the damaged file, if any, is kept in backups/); or close PlanDesk, rename the damaged file (and the {database}-wal, {database}-shm files if there are any) to keep it, then copy that backup in as &apos;{file}&apos;.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="92"/>
        <source>{problem} Không có bản sao lưu tốt trong thư mục backups/; hãy khôi phục từ bản sao lưu đầy đủ (.zip) trên USB hoặc ổ đĩa khác (plandesk restore TỆP.zip --yes).</source>
        <translation>{problem} There is no good backup in the backups/ folder; restore from a full backup (.zip) on a USB stick or another disk (plandesk restore FILE.zip --yes).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="95"/>
        <source>Cơ sở dữ liệu &apos;{file}&apos; được tạo bởi phiên bản PlanDesk mới hơn (lược đồ {revision}). Hãy cập nhật PlanDesk rồi mở lại; tệp không bị thay đổi.</source>
        <translation>The database &apos;{file}&apos; was made by a newer version of PlanDesk (schema {revision}). Update PlanDesk and open it again; the file has not been changed.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="98"/>
        <source>Cơ sở dữ liệu trên {server} được tạo bởi phiên bản PlanDesk mới hơn (lược đồ {revision}). Hãy cập nhật PlanDesk rồi mở lại; dữ liệu không bị thay đổi.</source>
        <translation>The database on {server} was made by a newer version of PlanDesk (schema {revision}). Update PlanDesk and open it again; the data has not been changed.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="101"/>
        <source>Cơ sở dữ liệu &apos;{file}&apos; bị hỏng ({detail}). Tệp được giữ nguyên; hãy khôi phục từ thư mục backups/.</source>
        <translation>The database &apos;{file}&apos; is damaged ({detail}). The file is kept as it is; restore from the backups/ folder.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="104"/>
        <source>Tệp &apos;{file}&apos; không phải cơ sở dữ liệu PlanDesk hoặc đã bị hỏng ({detail}). Tệp được giữ nguyên; hãy khôi phục từ thư mục backups/.</source>
        <translation>The file &apos;{file}&apos; is not a PlanDesk database or it is damaged ({detail}). The file is kept as it is; restore from the backups/ folder.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="107"/>
        <source>Không mở được cơ sở dữ liệu &apos;{file}&apos;: {problem}. Tệp không bị thay đổi.</source>
        <translation>Cannot open the database &apos;{file}&apos;: {problem}. The file has not been changed.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="110"/>
        <source>Chưa đánh giá</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="111"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="112"/>
        <location filename="../plandesk/domain/messages.py" line="845"/>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="113"/>
        <location filename="../plandesk/domain/messages.py" line="846"/>
        <source>Không đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="114"/>
        <source>Tiêu chí {criterion} chưa có tài liệu minh chứng: để kết luận “{status}” hãy đính kèm tài liệu hoặc nhập giải trình.</source>
        <translation>Criterion {criterion} has no evidence documents: to decide “{status}”, attach a document or write an explanation.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="117"/>
        <source>Không có hồ sơ số {dossier}. Xem danh sách bằng &apos;plandesk dossiers&apos;.</source>
        <translation>There is no dossier number {dossier}. See the list with &apos;plandesk dossiers&apos;.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="119"/>
        <source>Không có thành viên số {member} trong hồ sơ.</source>
        <translation>There is no council member number {member} in the dossier.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="120"/>
        <source>Hãy nhập họ và tên thành viên Hội đồng.</source>
        <translation>Enter the council member&apos;s full name.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="121"/>
        <source>Chưa chốt được: {count} tệp minh chứng có vấn đề ({files}). Hãy chạy &apos;Kiểm tra dữ liệu&apos; và đính kèm lại các tệp đó.</source>
        <translation>Not finalised: {count} evidence files have a problem ({files}). Run &apos;Check data&apos; and attach those files again.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="124"/>
        <source>Hồ sơ đã được chốt rồi.</source>
        <translation>The dossier is already finalised.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="125"/>
        <source>Hãy ghi lý do mở lại hồ sơ (ví dụ: bổ sung minh chứng theo yêu cầu thẩm định).</source>
        <translation>Give the reason for reopening the dossier (for example: evidence added at the reviewers&apos; request).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="127"/>
        <source>Hồ sơ chưa được chốt nên không cần mở lại.</source>
        <translation>The dossier is not finalised, so it need not be reopened.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="129"/>
        <source>Không tạo được tệp khóa &apos;{file}&apos;: {reason}. Hãy kiểm tra thư mục làm việc cho phép ghi (không phải thư mục chỉ đọc, ổ đĩa còn chỗ trống).</source>
        <translation>Cannot create the lock file &apos;{file}&apos;: {reason}. Check that the workspace folder can be written to (not a read-only folder, and the disk has free space).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="132"/>
        <source>Không ghi được tệp khóa &apos;{file}&apos;: {reason}. Hãy kiểm tra thư mục làm việc cho phép ghi và ổ đĩa còn chỗ trống.</source>
        <translation>Cannot write the lock file &apos;{file}&apos;: {reason}. Check that the workspace folder can be written to and the disk has free space.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="135"/>
        <source>Thư mục làm việc &apos;{folder}&apos; đang được {holder} sử dụng. Hai cửa sổ cùng ghi một thư mục sẽ ghi đè lên nhau, nên PlanDesk không mở lần thứ hai. Hãy dùng cửa sổ đang mở hoặc đóng nó rồi thử lại. Nếu chương trình đó đã tắt hẳn (mất điện, tắt máy), khóa tự hết hiệu lực; trên thư mục dùng chung qua mạng, khóa hết hiệu lực sau {hours} giờ không hoạt động.</source>
        <translation>The workspace folder &apos;{folder}&apos; is in use by {holder}. Two windows writing to the same folder would overwrite each other, so PlanDesk does not open it a second time. Use the window that is already open, or close it and try again. If that program has stopped for good (power cut, computer switched off), the lock expires by itself; on a folder shared over the network, the lock expires after {hours} hours without activity.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="140"/>
        <source>{user} trên máy {host} (tiến trình {pid}, mở từ {time} ngày {date})</source>
        <translation>{user} on computer {host} (process {pid}, opened at {time} on {date})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="142"/>
        <source>một chương trình PlanDesk khác</source>
        <translation>another PlanDesk program</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="143"/>
        <source>một người dùng</source>
        <translation>a user</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="144"/>
        <source>(không rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="146"/>
        <source>Tệp bộ tiêu chí &apos;{file}&apos; không hợp lệ:
{problems}</source>
        <translation>The criteria framework file &apos;{file}&apos; is not valid:
{problems}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="148"/>
        <source>Ổ đĩa chứa &apos;{folder}&apos; đã đầy. Hãy giải phóng chỗ trống (xóa tệp không cần, dọn thùng rác) hoặc chọn ổ đĩa khác</source>
        <translation>The disk holding &apos;{folder}&apos; is full. Free some space (delete files you do not need, empty the recycle bin) or choose another disk</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="151"/>
        <source>Tệp quá lớn đối với ổ đĩa chứa &apos;{folder}&apos; (ổ USB định dạng FAT32 chỉ nhận tệp dưới 4 GiB). Hãy dùng ổ đĩa định dạng exFAT hoặc NTFS</source>
        <translation>The file is too large for the disk holding &apos;{folder}&apos; (a USB stick formatted as FAT32 only takes files under 4 GiB). Use a disk formatted as exFAT or NTFS</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="154"/>
        <source>Không được phép ghi vào &apos;{folder}&apos; (thư mục chỉ đọc hoặc bị khóa). Hãy chọn thư mục khác</source>
        <translation>Writing to &apos;{folder}&apos; is not allowed (the folder is read-only or locked). Choose another folder</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="156"/>
        <source>Không ghi được vào &apos;{folder}&apos;: {reason}</source>
        <translation>Cannot write to &apos;{folder}&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="158"/>
        <source>Không đọc được tệp &apos;{file}&apos;: {reason}. Hãy kiểm tra tệp còn tồn tại và không bị chương trình khác khóa.</source>
        <translation>Cannot read the file &apos;{file}&apos;: {reason}. Check that the file still exists and is not locked by another program.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="161"/>
        <source>Không ghi được tệp minh chứng vào &apos;{folder}&apos;: {problem}; chưa nhập gì.</source>
        <translation>Cannot write evidence files into &apos;{folder}&apos;: {problem}; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="163"/>
        <source>Không ghi được tệp minh chứng vào &apos;{folder}&apos;: {problem}; chưa đính kèm gì (hãy kiểm tra ổ đĩa còn chỗ trống và thư mục cho phép ghi).</source>
        <translation>Cannot write the evidence file into &apos;{folder}&apos;: {problem}; nothing was attached (check that the disk has free space and the folder can be written to).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="166"/>
        <source>Không tìm thấy tệp &apos;{file}&apos;. Hãy kiểm tra đường dẫn.</source>
        <translation>The file &apos;{file}&apos; was not found. Check the path.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="167"/>
        <source>Tài liệu &apos;{document}&apos; không gắn với tiêu chí {criterion}.</source>
        <translation>The document &apos;{document}&apos; is not linked to criterion {criterion}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="168"/>
        <source>Tài liệu &apos;{document}&apos; còn được dùng cho tiêu chí {criteria}; hãy bỏ liên kết trước.</source>
        <translation>The document &apos;{document}&apos; is still used for criteria {criteria}; unlink it first.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="170"/>
        <source>Tệp của tài liệu &apos;{document}&apos; không còn trong kho minh chứng; hãy chạy &apos;plandesk check&apos;.</source>
        <translation>The file of the document &apos;{document}&apos; is no longer in the evidence store; run &apos;plandesk check&apos;.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="172"/>
        <source>Không có hồ sơ số {dossier}.</source>
        <translation>There is no dossier number {dossier}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="173"/>
        <source>Không có tiêu chí &apos;{criterion}&apos; trong hồ sơ (mã có dạng I.1 … III.19).</source>
        <translation>There is no criterion &apos;{criterion}&apos; in the dossier (codes look like I.1 … III.19).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="176"/>
        <source>Không tìm thấy tệp gói &apos;{file}&apos;. Hãy kiểm tra đường dẫn.</source>
        <translation>The package file &apos;{file}&apos; was not found. Check the path.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="177"/>
        <source>Không đọc được tệp {package}: {reason}.</source>
        <translation>Cannot read the file {package}: {reason}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="178"/>
        <source>Gói {package} được mã hóa; hãy cung cấp mật khẩu (--passphrase-file TỆP).</source>
        <translation>The package {package} is encrypted; give its password (--passphrase-file FILE).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="180"/>
        <source>Sai mật khẩu cho gói {package}. Hãy kiểm tra lại mật khẩu (phân biệt chữ hoa, chữ thường và dấu).</source>
        <translation>Wrong password for the package {package}. Check the password (capital and small letters and Vietnamese accents count).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="183"/>
        <source>Gói mã hóa {package} bị hỏng (khối dữ liệu số {block} không khớp mã xác thực). Hãy chép lại gói từ nguồn.</source>
        <translation>The encrypted package {package} is damaged (data block number {block} does not match its authentication code). Copy the package again from its source.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="186"/>
        <source>Gói mã hóa {package} bị hỏng hoặc bị cắt cụt (khối dữ liệu số {block} không khớp mã xác thực). Hãy chép lại gói từ nguồn.</source>
        <translation>The encrypted package {package} is damaged or cut short (data block number {block} does not match its authentication code). Copy the package again from its source.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="189"/>
        <source>Tệp {package} không phải gói PlanDesk hoặc đã bị cắt cụt/hỏng (không đọc được mục lục ZIP). Hãy chép lại gói từ nguồn.</source>
        <translation>The file {package} is not a PlanDesk package, or it was cut short or damaged (its ZIP directory cannot be read). Copy the package again from its source.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="192"/>
        <source>Tệp {package} không phải gói PlanDesk hoặc đã bị cắt cụt/hỏng (quá ngắn). Hãy chép lại gói từ nguồn.</source>
        <translation>The file {package} is not a PlanDesk package, or it was cut short or damaged (too short). Copy the package again from its source.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="195"/>
        <source>Tệp {package} không phải gói PlanDesk (không bắt đầu như một tệp ZIP), hoặc đã bị hỏng hay bị chèn dữ liệu ở đầu. Hãy chép lại gói từ nguồn; chưa nhập gì.</source>
        <translation>The file {package} is not a PlanDesk package (it does not start like a ZIP file), or it was damaged or had data inserted at its start. Copy the package again from its source; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="198"/>
        <source>Tệp {package} không kết thúc bằng mã kiểm tra toàn tệp của gói PlanDesk: gói bị cắt cụt, bị nối thêm dữ liệu, bị sửa, hoặc không phải gói do PlanDesk (phiên bản này) tạo. Hãy chép lại gói từ nguồn (hoặc đóng gói lại); chưa nhập gì.</source>
        <translation>The file {package} does not end with the whole-file checksum of a PlanDesk package: the package was cut short, had data appended, was modified, or was not made by (this version of) PlanDesk. Copy the package again from its source (or pack it again); nothing was imported.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="202"/>
        <source>Đã dừng theo yêu cầu; thư mục làm việc không thay đổi.</source>
        <translation>Stopped as requested; the workspace folder has not changed.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="203"/>
        <source>Tệp {package} bị cắt cụt trong lúc đọc; hãy chép lại gói.</source>
        <translation>The file {package} turned out to be cut short while it was read; copy the package again.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="205"/>
        <source>Gói {package} bị hỏng hoặc đã bị sửa: mã SHA-256 của toàn tệp không khớp mã ghi ở cuối gói. Hãy chép lại gói từ nguồn; chưa nhập gì.</source>
        <translation>The package {package} is damaged or was modified: the SHA-256 of the whole file does not match the one written at its end. Copy the package again from its source; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="208"/>
        <source>Gói {package} thiếu bảng kê &apos;{manifest}&apos;: không phải gói PlanDesk hoặc đã bị hỏng.</source>
        <translation>The package {package} has no manifest &apos;{manifest}&apos;: it is not a PlanDesk package or it is damaged.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="210"/>
        <source>Gói {package} có mục thừa không có trong bảng kê: &apos;{entry}&apos;. Gói bị từ chối.</source>
        <translation>The package {package} has an entry that is not in its manifest: &apos;{entry}&apos;. The package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="212"/>
        <source>Gói {package} có mục thừa không có trong bảng kê: &apos;{entry}&apos; (và {others} mục khác). Gói bị từ chối.</source>
        <translation>The package {package} has entries that are not in its manifest: &apos;{entry}&apos; (and {others} more). The package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="215"/>
        <source>Gói {package} thiếu mục &apos;{entry}&apos; (có trong bảng kê). Gói chưa chép đủ hoặc đã bị sửa.</source>
        <translation>The package {package} lacks the entry &apos;{entry}&apos; (listed in its manifest). The package was not copied completely or was modified.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="217"/>
        <source>Gói {package} thiếu mục &apos;{entry}&apos; (có trong bảng kê) và {others} mục khác. Gói chưa chép đủ hoặc đã bị sửa.</source>
        <translation>The package {package} lacks the entry &apos;{entry}&apos; (listed in its manifest) and {others} more. The package was not copied completely or was modified.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="220"/>
        <source>Mục &apos;{entry}&apos; trong gói {package} bị hỏng: mã SHA-256 không khớp bảng kê. Hãy chép lại gói từ nguồn.</source>
        <translation>The entry &apos;{entry}&apos; in the package {package} is damaged: its SHA-256 does not match the manifest. Copy the package again from its source.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="223"/>
        <source>Mục &apos;{entry}&apos; trong gói {package} có {size} byte, bảng kê ghi {listed}: gói bị cắt cụt hoặc hỏng.</source>
        <translation>The entry &apos;{entry}&apos; in the package {package} has {size} bytes, the manifest says {listed}: the package was cut short or is damaged.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="226"/>
        <source>Gói {package} có {count} mục (tối đa {limit}); gói bị từ chối.</source>
        <translation>The package {package} has {count} entries (at most {limit}); the package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="228"/>
        <source>Gói {package} có mục &apos;{entry}&apos; là liên kết tượng trưng (symlink); gói bị từ chối.</source>
        <translation>The package {package} has an entry &apos;{entry}&apos; that is a symbolic link; the package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="230"/>
        <source>Mục &apos;{entry}&apos; trong gói {package} được mã hóa kiểu ZIP; PlanDesk không dùng kiểu này.</source>
        <translation>The entry &apos;{entry}&apos; in the package {package} uses ZIP encryption; PlanDesk does not use it.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="232"/>
        <source>Mục &apos;{entry}&apos; trong gói {package} dùng kiểu nén không hỗ trợ ({method}).</source>
        <translation>The entry &apos;{entry}&apos; in the package {package} uses an unsupported compression method ({method}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="234"/>
        <source>Gói {package} có hai mục trùng tên &apos;{first}&apos; và &apos;{second}&apos; (trên Windows là một tệp). Gói bị từ chối.</source>
        <translation>The package {package} has two entries with the same name, &apos;{first}&apos; and &apos;{second}&apos; (one file on Windows). The package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="237"/>
        <source>Mục &apos;{entry}&apos; trong gói {package} nén với tỉ lệ bất thường ({size} byte từ {compressed} byte): nghi là bom ZIP, gói bị từ chối.</source>
        <translation>The entry &apos;{entry}&apos; in the package {package} is compressed at an abnormal ratio ({size} bytes from {compressed} bytes): suspected ZIP bomb, the package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="240"/>
        <source>Gói {package} khai báo {size} byte khi giải nén (tối đa {limit}): nghi là bom ZIP, gói bị từ chối.</source>
        <translation>The package {package} declares {size} bytes once unpacked (at most {limit}): suspected ZIP bomb, the package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="243"/>
        <source>Mục &apos;{entry}&apos; trong gói {package}: kích thước trong ZIP ({size} byte) khác bảng kê ({listed} byte). Gói bị từ chối.</source>
        <translation>The entry &apos;{entry}&apos; in the package {package}: its size in the ZIP ({size} bytes) differs from the manifest ({listed} bytes). The package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="246"/>
        <source>Mục &apos;{entry}&apos; trong gói {package} lớn hơn kích thước khai báo ({listed} byte): nghi là bom ZIP, gói bị từ chối.</source>
        <translation>The entry &apos;{entry}&apos; in the package {package} is larger than its declared size ({listed} bytes): suspected ZIP bomb, the package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="249"/>
        <source>Mục &apos;{entry}&apos; trong gói {package} bị hỏng ({detail}). Hãy chép lại gói từ nguồn.</source>
        <translation>The entry &apos;{entry}&apos; in the package {package} is damaged ({detail}). Copy the package again from its source.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="251"/>
        <source>Không đọc được mục &apos;{entry}&apos; trong gói {package} ({reason}): gói bị hỏng hoặc ổ đĩa có lỗi. Hãy chép lại gói từ nguồn.</source>
        <translation>Cannot read the entry &apos;{entry}&apos; in the package {package} ({reason}): the package is damaged or the disk has an error. Copy the package again from its source.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="255"/>
        <source>Không đọc được tệp &apos;{file}&apos;: {reason}.</source>
        <translation>Cannot read the file &apos;{file}&apos;: {reason}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="256"/>
        <source>Không tìm thấy tệp sao lưu &apos;{file}&apos;. Hãy kiểm tra đường dẫn.</source>
        <translation>The backup file &apos;{file}&apos; was not found. Check the path.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="257"/>
        <source>Tệp &apos;{file}&apos; không phải bản sao lưu PlanDesk. Hãy chọn tệp .zip do lệnh &apos;plandesk backup&apos; tạo, hoặc một tệp .sqlite trong thư mục backups/; không thay đổi gì.</source>
        <translation>The file &apos;{file}&apos; is not a PlanDesk backup. Choose a .zip file made by the &apos;plandesk backup&apos; command, or a .sqlite file in the backups/ folder; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="260"/>
        <source>Tệp &apos;{file}&apos; không phải bản sao lưu PlanDesk (thiếu mục lục {manifest}). Hãy chọn tệp .zip do lệnh &apos;plandesk backup&apos; tạo, hoặc một tệp .sqlite trong thư mục backups/.</source>
        <translation>The file &apos;{file}&apos; is not a PlanDesk backup (its index {manifest} is missing). Choose a .zip file made by the &apos;plandesk backup&apos; command, or a .sqlite file in the backups/ folder.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="263"/>
        <source>Tệp &apos;{file}&apos; không phải bản sao lưu PlanDesk hoặc đã bị hỏng (không đọc được dạng zip). Hãy dùng một bản sao lưu khác.</source>
        <translation>The file &apos;{file}&apos; is not a PlanDesk backup or it is damaged (it cannot be read as a zip file). Use another backup.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="266"/>
        <source>Bản sao lưu &apos;{file}&apos; bị hỏng ({reason}); không khôi phục gì. Hãy dùng một bản sao lưu khác.</source>
        <translation>The backup &apos;{file}&apos; is damaged ({reason}); nothing was restored. Use another backup.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="268"/>
        <source>mục lục không đọc được: {detail}</source>
        <translation>its index cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="269"/>
        <source>mục lục thiếu thông tin: {detail}</source>
        <translation>its index lacks information: {detail}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="270"/>
        <source>thiếu {count} mục, ví dụ {example}</source>
        <translation>{count} entries are missing, for example {example}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="271"/>
        <source>cơ sở dữ liệu bên trong đã bị thay đổi</source>
        <translation>the database inside it was modified</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="272"/>
        <source>tệp minh chứng {file} đã bị thay đổi</source>
        <translation>the evidence file {file} was modified</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="273"/>
        <source>Tệp &apos;{file}&apos; bị hỏng ({detail}).</source>
        <translation>The file &apos;{file}&apos; is damaged ({detail}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="274"/>
        <source>Tệp &apos;{file}&apos; không phải cơ sở dữ liệu PlanDesk.</source>
        <translation>The file &apos;{file}&apos; is not a PlanDesk database.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="275"/>
        <source>Bản sao lưu &apos;{file}&apos; có định dạng {format} của phiên bản PlanDesk khác. Hãy cập nhật PlanDesk rồi thử lại.</source>
        <translation>The backup &apos;{file}&apos; has the format {format} of another version of PlanDesk. Update PlanDesk and try again.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="278"/>
        <source>Bản sao lưu &apos;{file}&apos; được tạo bởi phiên bản PlanDesk mới hơn (lược đồ {revision}). Hãy cập nhật PlanDesk rồi khôi phục; không thay đổi gì.</source>
        <translation>The backup &apos;{file}&apos; was made by a newer version of PlanDesk (schema {revision}). Update PlanDesk, then restore; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="281"/>
        <source>Bản sao lưu &apos;{file}&apos; có dữ liệu PlanDesk không đọc được: {problems}. Không khôi phục gì; hãy dùng một bản sao lưu khác.</source>
        <translation>The backup &apos;{file}&apos; holds PlanDesk data that cannot be read: {problems}. Nothing was restored; use another backup.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="284"/>
        <source>{problem}; chưa sao lưu được cơ sở dữ liệu.</source>
        <translation>{problem}; the database was not backed up.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="285"/>
        <source>{problem}; chưa sao lưu.</source>
        <translation>{problem}; nothing was backed up.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="286"/>
        <source>{problem}; bản sao lưu chưa được ghi (không để lại tệp dở dang).</source>
        <translation>{problem}; the backup was not written (no partial file was left behind).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="288"/>
        <source>{problem}; chưa khôi phục gì.</source>
        <translation>{problem}; nothing was restored.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="289"/>
        <source>{problem} Dữ liệu hiện tại không thay đổi.</source>
        <translation>{problem} The current data has not changed.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="290"/>
        <source>Không giữ lại được dữ liệu hiện tại trước khi khôi phục: {problem} Chưa khôi phục gì.</source>
        <translation>Cannot keep the current data aside before restoring: {problem} Nothing was restored.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="292"/>
        <source>Cơ sở dữ liệu &apos;{file}&apos; không bị hỏng; hãy mở thư mục làm việc rồi dùng &apos;plandesk restore&apos; (dữ liệu hiện tại sẽ được giữ lại trước khi khôi phục).</source>
        <translation>The database &apos;{file}&apos; is not damaged; open the workspace folder and use &apos;plandesk restore&apos; (the current data is kept aside before restoring).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="297"/>
        <source>tên rỗng</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="298"/>
        <source>tên không ở dạng chuẩn NFC</source>
        <translation>the name is not in Unicode NFC form</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="299"/>
        <source>tên chứa dấu &apos;\&apos; (đường dẫn kiểu Windows)</source>
        <translation>the name contains a &apos;\&apos; (a Windows-style path)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="300"/>
        <source>đường dẫn tuyệt đối</source>
        <translation>the path is absolute</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="301"/>
        <source>đường dẫn có ký tự ổ đĩa</source>
        <translation>the path has a drive letter</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="302"/>
        <source>là một thư mục (gói PlanDesk chỉ chứa tệp)</source>
        <translation>it is a folder (a PlanDesk package holds only files)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="303"/>
        <source>đường dẫn dài {length} ký tự (tối đa {limit})</source>
        <translation>the path is {length} characters long (at most {limit})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="304"/>
        <source>đường dẫn chứa &apos;..&apos;, &apos;.&apos; hoặc &apos;//&apos; (có thể ghi ra ngoài thư mục)</source>
        <translation>the path contains &apos;..&apos;, &apos;.&apos; or &apos;//&apos; (it could write outside its folder)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="306"/>
        <source>tên &apos;{name}&apos; chứa ký tự Windows không cho phép (&lt; &gt; : &quot; | ? * hoặc ký tự điều khiển)</source>
        <translation>the name &apos;{name}&apos; contains a character Windows does not allow (&lt; &gt; : &quot; | ? * or a control character)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="308"/>
        <source>tên &apos;{name}&apos; kết thúc bằng dấu chấm hoặc khoảng trắng (Windows không cho phép)</source>
        <translation>the name &apos;{name}&apos; ends with a dot or a space (Windows does not allow this)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="310"/>
        <source>tên &apos;{name}&apos; là tên thiết bị dành riêng của Windows</source>
        <translation>the name &apos;{name}&apos; is a device name reserved by Windows</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="312"/>
        <source>Không ghi được phần cuối của gói (bản ghi kết thúc ZIP không như mong đợi).</source>
        <translation>Cannot write the end of the package (the ZIP end record is not as expected).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="314"/>
        <source>Không phải một ZIP kết thúc bằng bản ghi kết thúc không có chú thích.</source>
        <translation>Not a ZIP ending with an end record without a comment.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="316"/>
        <source>Không đóng gói được mục &apos;{entry}&apos;: {problem}.</source>
        <translation>Cannot pack the entry &apos;{entry}&apos;: {problem}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="317"/>
        <source>Hai mục trùng tên trong gói: &apos;{first}&apos; và &apos;{second}&apos;.</source>
        <translation>Two entries in the package have the same name: &apos;{first}&apos; and &apos;{second}&apos;.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="319"/>
        <source>Đã dừng theo yêu cầu; không có tệp nào được ghi.</source>
        <translation>Stopped as requested; no file was written.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="321"/>
        <source>Tệp &apos;{file}&apos; của mục &apos;{entry}&apos; không còn đúng mã SHA-256 {expected} (hiện là {actual}).</source>
        <translation>The file &apos;{file}&apos; of the entry &apos;{entry}&apos; no longer has the SHA-256 {expected} (it is now {actual}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="323"/>
        <source>Thư mục &apos;{folder}&apos; không tồn tại; hãy chọn nơi lưu khác.</source>
        <translation>The folder &apos;{folder}&apos; does not exist; choose another place to save.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="325"/>
        <source>Không ghi được gói &apos;{file}&apos;: {reason}. Hãy kiểm tra ổ đĩa (USB) còn chỗ trống, không bị khóa ghi, rồi thử lại.</source>
        <translation>Cannot write the package &apos;{file}&apos;: {reason}. Check that the disk (USB stick) has free space and is not write-protected, then try again.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="328"/>
        <source>Kích thước mỗi phần ({size} byte) quá nhỏ; tối thiểu {minimum} byte.</source>
        <translation>The size of each part ({size} bytes) is too small; the minimum is {minimum} bytes.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="330"/>
        <source>Gói cần {count} phần (tối đa 999); hãy chọn kích thước phần lớn hơn.</source>
        <translation>The package would need {count} parts (at most 999); choose a larger part size.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="333"/>
        <source>phần {index}/{count} (&apos;{file}&apos;)</source>
        <translation>part {index} of {count} (&apos;{file}&apos;)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="334"/>
        <source>Tệp {part} không phải một phần của gói PlanDesk hoặc phần đầu bị hỏng.</source>
        <translation>The file {part} is not a part of a PlanDesk package, or its header is damaged.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="336"/>
        <source>Phần đầu của {part} bị hỏng (độ dài {length}).</source>
        <translation>The header of {part} is damaged (length {length}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="337"/>
        <source>Phần đầu của {part} bị hỏng; hãy chép lại tệp này.</source>
        <translation>The header of {part} is damaged; copy this file again.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="338"/>
        <source>Không đọc được {part}: {reason}.</source>
        <translation>Cannot read {part}: {reason}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="339"/>
        <source>Phần đầu của {part} bị hỏng hoặc do phiên bản PlanDesk khác tạo.</source>
        <translation>The header of {part} is damaged or was made by another version of PlanDesk.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="341"/>
        <source>Phần đầu của {part} đã bị sửa (khác với cách PlanDesk ghi); hãy chép lại tệp này.</source>
        <translation>The header of {part} has been altered (it differs from the way PlanDesk writes it); copy this file again.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="343"/>
        <source>Không tìm thấy gói &apos;{name}&apos; hay các phần &apos;{name}.001&apos;, &apos;{name}.002&apos;… trong &apos;{folder}&apos;.</source>
        <translation>Cannot find the package &apos;{name}&apos; or its parts &apos;{name}.001&apos;, &apos;{name}.002&apos;… in &apos;{folder}&apos;.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="345"/>
        <source>Thiếu {part}. Hãy chép đủ {count} phần vào cùng một thư mục rồi nhập lại.</source>
        <translation>{part} is missing. Copy all {count} parts into the same folder, then import again.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="347"/>
        <source>Phần {index}/{count} (&apos;{file}&apos;) thuộc một gói khác (hoặc một lần đóng gói khác); hãy chép đúng các phần của cùng một lần đóng gói.</source>
        <translation>Part {index} of {count} (&apos;{file}&apos;) belongs to another package (or another packing of it); copy the parts of one and the same packing.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="350"/>
        <source>Phần {index}/{count} (&apos;{file}&apos;) có {size} byte dữ liệu, đúng ra là {expected}: tệp bị cắt cụt hoặc chép thiếu. Hãy chép lại phần này.</source>
        <translation>Part {index} of {count} (&apos;{file}&apos;) holds {size} bytes of data where {expected} are expected: the file was cut short or not copied completely. Copy this part again.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="353"/>
        <source>Phần {index}/{count} (&apos;{file}&apos;) bị hỏng (mã SHA-256 không khớp). Hãy chép lại phần này từ nguồn.</source>
        <translation>Part {index} of {count} (&apos;{file}&apos;) is damaged (its SHA-256 does not match). Copy this part again from its source.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="357"/>
        <source>Mật khẩu rỗng; hãy nhập một mật khẩu.</source>
        <translation>The password is empty; enter a password.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="358"/>
        <source>Gói {package} được mã hóa nhưng phần đầu bị cắt cụt hoặc hỏng; hãy chép lại gói từ nguồn.</source>
        <translation>The package {package} is encrypted but its header is cut short or damaged; copy the package again from its source.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="360"/>
        <source>Phần đầu của gói mã hóa {package} bị hỏng; hãy chép lại gói từ nguồn.</source>
        <translation>The header of the encrypted package {package} is damaged; copy the package again from its source.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="362"/>
        <source>Gói mã hóa {package} dùng tham số không hỗ trợ (scrypt n=2^{log2_n}, r={r}, p={p}, khối {chunk}); có thể gói do phiên bản PlanDesk mới hơn tạo.</source>
        <translation>The encrypted package {package} uses settings this version does not support (scrypt n=2^{log2_n}, r={r}, p={p}, block {chunk}); it may have been made by a newer PlanDesk.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="365"/>
        <source>Không tạo được khóa giải mã cho gói {package} ({detail}); máy thiếu bộ nhớ hoặc gói dùng tham số không hỗ trợ.</source>
        <translation>Cannot derive the decryption key for the package {package} ({detail}); the computer is short of memory or the package uses unsupported settings.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="368"/>
        <source>Gói mã hóa {package} bị hỏng hoặc bị cắt cụt (khối dữ liệu số {block} thiếu mã xác thực). Hãy chép lại gói từ nguồn.</source>
        <translation>The encrypted package {package} is damaged or cut short (data block {block} has no authentication tag). Copy the package again from its source.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="372"/>
        <source>Ổ đĩa chứa thư mục làm việc (&apos;{folder}&apos;) đã đầy, nên chưa kiểm tra xong được gói; gói không có lỗi gì vì chuyện này. Hãy giải phóng chỗ trống (gói cần khoảng bằng kích thước của nó) rồi nhập lại. Chưa nhập gì.</source>
        <translation>The disk holding the workspace folder (&apos;{folder}&apos;) is full, so the package could not be checked completely; this is not the package&apos;s fault. Free some space (about the size of the package), then import again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="376"/>
        <source>Ổ đĩa chứa thư mục làm việc (&apos;{folder}&apos;) không cho phép ghi, nên chưa kiểm tra xong được gói; gói không có lỗi gì vì chuyện này. Hãy kiểm tra thư mục làm việc cho phép ghi rồi nhập lại. Chưa nhập gì.</source>
        <translation>The disk holding the workspace folder (&apos;{folder}&apos;) does not allow writing, so the package could not be checked completely; this is not the package&apos;s fault. Check that the workspace folder can be written to, then import again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="379"/>
        <source>Ổ đĩa chứa thư mục làm việc (&apos;{folder}&apos;) có lỗi khi ghi ({reason}), nên chưa kiểm tra xong được gói; gói không có lỗi gì vì chuyện này. Hãy kiểm tra ổ đĩa rồi nhập lại. Chưa nhập gì.</source>
        <translation>The disk holding the workspace folder (&apos;{folder}&apos;) failed to write ({reason}), so the package could not be checked completely; this is not the package&apos;s fault. Check the disk, then import again. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="382"/>
        <source>Gói {package} có mục không an toàn &apos;{entry}&apos;: {problem}. Gói bị từ chối.</source>
        <translation>The package {package} has an unsafe entry &apos;{entry}&apos;: {problem}. The package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="384"/>
        <source>Bảng kê của gói {package} quá lớn ({size} byte); gói bị từ chối.</source>
        <translation>The manifest of the package {package} is too large ({size} bytes); the package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="386"/>
        <source>Bảng kê của gói {package} có đường dẫn không an toàn &apos;{entry}&apos;: {problem}.</source>
        <translation>The manifest of the package {package} has an unsafe path &apos;{entry}&apos;: {problem}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="388"/>
        <source>trùng tên bảng kê</source>
        <translation>it has the manifest&apos;s name</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="389"/>
        <source>Bảng kê của gói {package} liệt kê &apos;{entry}&apos; hai lần.</source>
        <translation>The manifest of the package {package} lists &apos;{entry}&apos; twice.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="391"/>
        <source>Dữ liệu &apos;{entry}&apos; của gói {package} quá lớn ({size} byte, tối đa {limit}); gói bị từ chối.</source>
        <translation>The data &apos;{entry}&apos; of the package {package} is too large ({size} bytes, at most {limit}); the package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="393"/>
        <source>Bảng kê &apos;{entry}&apos; trong gói {package} bị hỏng ({detail}).</source>
        <translation>The manifest &apos;{entry}&apos; in the package {package} is damaged ({detail}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="395"/>
        <source>Bảng kê &apos;{entry}&apos; trong gói {package} có kích thước khác khai báo; gói bị hỏng.</source>
        <translation>The manifest &apos;{entry}&apos; in the package {package} does not have its declared size; the package is damaged.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="397"/>
        <source>Bảng kê &apos;{manifest}&apos; của gói không đọc được ({detail}); gói bị hỏng hoặc đã bị sửa.</source>
        <translation>The package&apos;s manifest &apos;{manifest}&apos; cannot be read ({detail}); the package is damaged or was modified.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="399"/>
        <source>Bảng kê &apos;{manifest}&apos; của gói không phải của PlanDesk (thiếu &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>The package&apos;s manifest &apos;{manifest}&apos; is not PlanDesk&apos;s (&quot;format&quot;: &quot;{format}&quot; is missing).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="401"/>
        <source>Bảng kê &apos;{manifest}&apos; của gói có phiên bản định dạng không hợp lệ ({version}).</source>
        <translation>The package&apos;s manifest &apos;{manifest}&apos; has an invalid format version ({version}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="403"/>
        <source>Gói được tạo bởi phiên bản PlanDesk mới hơn (định dạng gói {version}, bản này đọc được đến {newest}; ứng dụng tạo gói: {writer}). Hãy cập nhật PlanDesk rồi nhập lại.</source>
        <translation>The package was made by a newer version of PlanDesk (package format {version}; this version reads up to {newest}; made by: {writer}). Update PlanDesk, then import again.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="406"/>
        <source>Bảng kê &apos;{manifest}&apos; của gói bị hỏng: {problems}.</source>
        <translation>The package&apos;s manifest &apos;{manifest}&apos; is damaged: {problems}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="407"/>
        <source>thiếu hoặc sai trường {field}</source>
        <translation>the field {field} is missing or wrong</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="408"/>
        <source>loại gói &apos;{kind}&apos; không biết</source>
        <translation>unknown package kind &apos;{kind}&apos;</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="409"/>
        <source>thiếu hoặc sai thông tin đơn vị (unit)</source>
        <translation>the unit&apos;s details (unit) are missing or wrong</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="410"/>
        <source>năm không hợp lệ ({year})</source>
        <translation>invalid year ({year})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="411"/>
        <source>thiếu danh sách tệp (files)</source>
        <translation>the list of files (files) is missing</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="412"/>
        <source>tệp thứ {number} trong danh sách thiếu đường dẫn, kích thước hoặc mã SHA-256 hợp lệ</source>
        <translation>file {number} in the list lacks a valid path, size or SHA-256</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="414"/>
        <source>Bảng kê &apos;{manifest}&apos; của gói không liệt kê &apos;{entry}&apos; (dữ liệu chính của gói).</source>
        <translation>The package&apos;s manifest &apos;{manifest}&apos; does not list &apos;{entry}&apos; (the package&apos;s main data).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="416"/>
        <source>Dữ liệu &apos;{entry}&apos; trong gói không hợp lệ: {problems}.</source>
        <translation>The data &apos;{entry}&apos; in the package is not valid: {problems}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="418"/>
        <source>Không đóng gói được: tệp của tài liệu &apos;{document}&apos; {problem}. Hãy chạy &apos;plandesk check&apos; và đính kèm lại tệp.</source>
        <translation>Cannot pack the document &apos;{document}&apos;: {problem}. Run &apos;plandesk check&apos; and attach the file again.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="421"/>
        <source>Không tìm thấy văn bản &apos;{file}&apos; để đưa vào gói.</source>
        <translation>Cannot find the document &apos;{file}&apos; to put into the package.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="422"/>
        <source>Tên tệp &apos;{name}&apos; không dùng được trên Windows; hãy đặt tên khác (ví dụ &apos;{example}&apos;).</source>
        <translation>The file name &apos;{name}&apos; cannot be used on Windows; choose another name (for example &apos;{example}&apos;).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="424"/>
        <source>Quyết định &apos;{value}&apos; cho &apos;{key}&apos; không hợp lệ; dùng &apos;{keep}&apos; (giữ bản tại máy) hoặc &apos;{take}&apos; (lấy bản trong gói).</source>
        <translation>The decision &apos;{value}&apos; for &apos;{key}&apos; is not valid; use &apos;{keep}&apos; (keep the copy on this computer) or &apos;{take}&apos; (take the copy in the package).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="427"/>
        <source>Không có bản ghi &apos;{key}&apos; trong gói này; xem danh sách bằng &apos;plandesk unpack --dry-run&apos;.</source>
        <translation>This package has no record &apos;{key}&apos;; see the list with &apos;plandesk unpack --dry-run&apos;.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="429"/>
        <source>có/không</source>
        <translation>present/absent</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="430"/>
        <source>Gói &apos;{package}&apos; có {count} bản ghi xung đột (đã sửa cả tại máy này và trong gói): {conflicts}. Chưa nhập gì. Hãy quyết định: --on-conflict {keep} (giữ bản tại máy) hoặc --on-conflict {take} (lấy bản trong gói), hoặc từng bản ghi bằng --resolve KHÓA={keep}|{take}.</source>
        <translation>The package &apos;{package}&apos; has {count} conflicting records (changed both on this computer and in the package): {conflicts}. Nothing was imported. Decide: --on-conflict {keep} (keep the copy on this computer) or --on-conflict {take} (take the copy in the package), or per record with --resolve KEY={keep}|{take}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="434"/>
        <source>Không đọc được gói &apos;{file}&apos;: {reason}.</source>
        <translation>Cannot read the package &apos;{file}&apos;: {reason}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="435"/>
        <source>Bảng kê của gói không khớp dữ liệu ({fields}); gói đã bị sửa hoặc hỏng.</source>
        <translation>The package&apos;s manifest does not match its data ({fields}); the package was modified or is damaged.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="437"/>
        <source>xã</source>
        <translation>commune</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="438"/>
        <source>năm</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="439"/>
        <source>bộ tiêu chí</source>
        <translation>criteria framework</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="440"/>
        <source>phiên bản bộ tiêu chí</source>
        <translation>criteria framework version</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="441"/>
        <source>Bộ tiêu chí mang theo trong gói không hợp lệ: {problem}</source>
        <translation>The criteria framework carried in the package is not valid: {problem}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="443"/>
        <source>Bộ tiêu chí trong gói ({framework}) khác bộ tiêu chí hồ sơ khai báo ({declared}); gói bị từ chối.</source>
        <translation>The criteria framework in the package ({framework}) differs from the one the dossier declares ({declared}); the package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="446"/>
        <source>Gói có tiêu chí {criteria} không thuộc bộ tiêu chí {framework} mà gói mang theo; gói bị từ chối.</source>
        <translation>The package has criteria {criteria} that are not in the criteria framework {framework} it carries; the package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="449"/>
        <source>Tài liệu &apos;{document}&apos; trỏ tới &apos;{entry}&apos;, không có trong gói.</source>
        <translation>The document &apos;{document}&apos; points to &apos;{entry}&apos;, which is not in the package.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="451"/>
        <source>Tài liệu &apos;{document}&apos;: mã SHA-256 hoặc kích thước trong dữ liệu khác tệp &apos;{entry}&apos; trong gói; gói bị từ chối.</source>
        <translation>The document &apos;{document}&apos;: the SHA-256 or size in the data differs from the file &apos;{entry}&apos; in the package; the package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="454"/>
        <source>Văn bản đã ban hành &apos;{document}&apos; phiên bản {version}: tệp &apos;{entry}&apos; không có trong gói hoặc khác mã SHA-256; gói bị từ chối.</source>
        <translation>Issued document &apos;{document}&apos; version {version}: the file &apos;{entry}&apos; is not in the package or has a different SHA-256; the package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="457"/>
        <source>Gói thẩm định dành cho {unit} năm {year} ({framework}), nhưng thư mục làm việc không có hồ sơ này. Hãy mở đúng thư mục làm việc của xã.</source>
        <translation>The review package is for {unit}, year {year} ({framework}), but this workspace folder has no such dossier. Open the commune&apos;s own workspace folder.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="460"/>
        <source>Gói thẩm định có tiêu chí {criteria} không có trong hồ sơ; gói bị từ chối.</source>
        <translation>The review package has criteria {criteria} that are not in the dossier; the package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="462"/>
        <source>Với các quyết định này, tiêu chí {criteria} không thuộc bộ tiêu chí của hồ sơ; hãy quyết định giống nhau cho bộ tiêu chí (&apos;ho_so&apos;) và các tiêu chí. Chưa nhập gì.</source>
        <translation>With these decisions, the criteria {criteria} would not belong to the dossier&apos;s criteria framework; make the same decision for the framework (&apos;ho_so&apos;) and for the criteria. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="465"/>
        <source>Tài liệu &apos;{document}&apos; gắn với tiêu chí {criteria}, tiêu chí này sẽ không còn trong hồ sơ với các quyết định đã chọn. Chưa nhập gì.</source>
        <translation>The document &apos;{document}&apos; is linked to the criteria {criteria}, which would no longer be in the dossier with the decisions chosen. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="468"/>
        <source>Tài liệu &apos;{document}&apos; gắn với tiêu chí {criterion}, tiêu chí này không còn trong hồ sơ sau khi nhập; hãy chọn lấy cả bộ tiêu chí trong gói.</source>
        <translation>The document &apos;{document}&apos; is linked to the criterion {criterion}, which is no longer in the dossier after the import; choose to take the package&apos;s whole criteria framework.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="471"/>
        <source>Sau khi nhập, tiêu chí {criteria} không thuộc bộ tiêu chí {framework} của hồ sơ; hãy quyết định giống nhau cho bộ tiêu chí (&apos;ho_so&apos;) và các tiêu chí. Chưa nhập gì.</source>
        <translation>After the import, the criteria {criteria} would not belong to the dossier&apos;s criteria framework {framework}; make the same decision for the framework (&apos;ho_so&apos;) and for the criteria. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="474"/>
        <source>Không có phiên bản số {version}.</source>
        <translation>There is no version number {version}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="475"/>
        <source>tiêu chí {criterion}: số liệu &apos;{name}&apos; không có trong bộ tiêu chí</source>
        <translation>criterion {criterion}: the figure &apos;{name}&apos; is not in the criteria framework</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="477"/>
        <source>tiêu chí {criterion}, số liệu &apos;{name}&apos;: {problem}</source>
        <translation>criterion {criterion}, figure &apos;{name}&apos;: {problem}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="478"/>
        <source>Dữ liệu &apos;dossier.json&apos; trong gói {package} không hợp lệ: {problems}. Gói bị từ chối; chưa nhập gì.</source>
        <translation>The data &apos;dossier.json&apos; in the package {package} is not valid: {problems}. The package is refused; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="481"/>
        <source>Tệp mật khẩu &apos;{file}&apos; rỗng; hãy ghi mật khẩu ở dòng đầu.</source>
        <translation>The password file &apos;{file}&apos; is empty; write the password on its first line.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="484"/>
        <source>ổ đĩa chứa &apos;{file}&apos; đã đầy (còn {free} KiB). Hãy giải phóng chỗ trống (xóa tệp không cần, dọn thùng rác) hoặc chuyển thư mục làm việc sang ổ đĩa khác, rồi thử lại</source>
        <translation>the disk holding &apos;{file}&apos; is full ({free} KiB left). Free some space (delete files you do not need, empty the recycle bin) or move the workspace folder to another disk, then try again</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="487"/>
        <source>không được phép ghi vào &apos;{file}&apos; (tệp hoặc ổ đĩa chỉ đọc, USB bị gạt khóa ghi, hoặc thiếu quyền). Hãy kiểm tra thư mục làm việc cho phép ghi (bỏ thuộc tính chỉ đọc) hoặc chọn thư mục khác, rồi thử lại</source>
        <translation>writing to &apos;{file}&apos; is not allowed (the file or disk is read-only, the USB stick&apos;s write-protect switch is on, or permissions are missing). Check that the workspace folder can be written to (clear the read-only attribute) or choose another folder, then try again</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="491"/>
        <source>không đọc/ghi được &apos;{file}&apos; (ổ đĩa bị rút ra, lỗi hoặc hết chỗ). Hãy kiểm tra ổ đĩa rồi thử lại</source>
        <translation>cannot read or write &apos;{file}&apos; (the disk was removed, is failing or is out of space). Check the disk, then try again</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="493"/>
        <source>Chưa ghi được: {problem}. Những gì đã lưu trước đó không thay đổi.</source>
        <translation>Not saved: {problem}. What was saved before has not changed.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="495"/>
        <source>Địa chỉ cơ sở dữ liệu &apos;{address}&apos; không hợp lệ. Dạng đúng: postgresql://người_dùng@máy_chủ:5432/tên_cơ_sở_dữ_liệu.</source>
        <translation>The database address &apos;{address}&apos; is not valid. The right form is postgresql://user@server:5432/database_name.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="498"/>
        <source>PlanDesk chỉ dùng chung được cơ sở dữ liệu PostgreSQL (postgresql://…), không dùng được &apos;{address}&apos;.</source>
        <translation>PlanDesk can share only a PostgreSQL database (postgresql://…); it cannot use &apos;{address}&apos;.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="501"/>
        <source>Địa chỉ &apos;{address}&apos; thiếu tên cơ sở dữ liệu (phần sau dấu / cuối, ví dụ …:5432/plandesk).</source>
        <translation>The address &apos;{address}&apos; lacks the database name (the part after the last /, for example …:5432/plandesk).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="503"/>
        <source>máy chủ PostgreSQL &apos;{host}&apos;, cơ sở dữ liệu &apos;{database}&apos;</source>
        <translation>PostgreSQL server &apos;{host}&apos;, database &apos;{database}&apos;</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="504"/>
        <source>máy chủ PostgreSQL &apos;máy này{port}&apos;, cơ sở dữ liệu &apos;{database}&apos;</source>
        <translation>PostgreSQL server &apos;this computer{port}&apos;, database &apos;{database}&apos;</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="506"/>
        <source>Bản cài đặt PlanDesk thiếu thư viện kết nối PostgreSQL (psycopg); hãy cài đặt lại ứng dụng.</source>
        <translation>This PlanDesk installation lacks the PostgreSQL connection library (psycopg); reinstall the application.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="508"/>
        <source>Máy khác đang sửa cùng dữ liệu trên {server} nên thao tác này phải chờ quá lâu và đã được hủy; chưa có gì được ghi. Hãy thử lại sau giây lát.</source>
        <translation>Another computer is changing the same data on the {server}, so this action waited too long and was cancelled; nothing was written. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="511"/>
        <source>Máy khác vừa ghi cùng dữ liệu này trên {server}; thao tác chưa được ghi. Hãy thử lại: PlanDesk sẽ thấy những gì máy kia đã ghi.</source>
        <translation>Another computer has just written the same data on the {server}; this action was not saved. Try again: PlanDesk will see what the other computer wrote.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="514"/>
        <source>Mất kết nối tới {server}; thao tác chưa được ghi. Hãy kiểm tra mạng LAN và máy chủ rồi thử lại.</source>
        <translation>The connection to the {server} was lost; the action was not saved. Check the LAN and the server, then try again.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="516"/>
        <source>Không mở được {server}: {problem}. Chưa thay đổi gì.</source>
        <translation>Cannot open the {server}: {problem}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="518"/>
        <source>sai tên đăng nhập &apos;{user}&apos; hoặc mật khẩu. Hãy kiểm tra mật khẩu (trong tệp pgpass.conf của người dùng, biến PGPASSWORD, hoặc trong địa chỉ) với người quản trị máy chủ</source>
        <translation>wrong user name &apos;{user}&apos; or password. Check the password (in the user&apos;s pgpass.conf file, the PGPASSWORD variable, or the address) with the server&apos;s administrator</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="521"/>
        <source>máy chủ chưa có cơ sở dữ liệu &apos;{database}&apos;. Hãy nhờ người quản trị tạo nó (createdb -O {owner} {database}) rồi mở lại</source>
        <translation>the server has no database &apos;{database}&apos; yet. Ask the administrator to create it (createdb -O {owner} {database}), then open again</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="524"/>
        <source>TÊN_NGƯỜI_DÙNG</source>
        <translation>USER_NAME</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="525"/>
        <source>máy chủ không có người dùng &apos;{user}&apos;. Hãy nhờ người quản trị tạo tài khoản</source>
        <translation>the server has no user &apos;{user}&apos;. Ask the administrator to create the account</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="527"/>
        <source>máy chủ không cho máy này kết nối (pg_hba.conf). Hãy nhờ người quản trị cho phép địa chỉ của máy này</source>
        <translation>the server does not let this computer connect (pg_hba.conf). Ask the administrator to allow this computer&apos;s address</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="530"/>
        <source>người dùng này không có quyền trên cơ sở dữ liệu. Hãy nhờ người quản trị cấp quyền (chủ sở hữu CSDL)</source>
        <translation>this user has no rights on the database. Ask the administrator to grant them (database owner)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="533"/>
        <source>không kết nối được tới máy chủ. Hãy kiểm tra máy chủ đã bật, PostgreSQL đang chạy, địa chỉ và cổng đúng, và mạng LAN thông suốt, rồi thử lại</source>
        <translation>cannot connect to the server. Check that the server is on, PostgreSQL is running, the address and port are right and the LAN works, then try again</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="536"/>
        <source>máy chủ báo lỗi: {detail}</source>
        <translation>the server reported an error: {detail}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="537"/>
        <source>Cơ sở dữ liệu có nhiều phiên bản lược đồ cùng lúc ({revisions}).</source>
        <translation>The database has several schema versions at once ({revisions}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="539"/>
        <source>Trên {server} đã có các bảng không phải của PlanDesk ({tables}). PlanDesk không ghi vào đó; hãy dùng một cơ sở dữ liệu riêng, trống (createdb) cho PlanDesk.</source>
        <translation>The {server} already has tables that are not PlanDesk&apos;s ({tables}). PlanDesk does not write there; use a separate, empty database (createdb) for PlanDesk.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="542"/>
        <source>Bản cài đặt PlanDesk thiếu các bước nâng cấp cơ sở dữ liệu ({folder}); hãy cài đặt lại ứng dụng.</source>
        <translation>This PlanDesk installation lacks the database upgrade steps ({folder}); reinstall the application.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="546"/>
        <source>{count} tệp trong evidence/</source>
        <translation>{count} files in evidence/</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="547"/>
        <source>{count} bản sao lưu trong backups/</source>
        <translation>{count} backups in backups/</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="548"/>
        <source>tệp nhật ký &apos;{file}&apos;</source>
        <translation>the journal file &apos;{file}&apos;</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="549"/>
        <source>tệp mốc nhật ký &apos;{file}&apos;</source>
        <translation>the log anchor file &apos;{file}&apos;</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="550"/>
        <source>tệp khóa &apos;{file}&apos; của {holder}</source>
        <translation>the lock file &apos;{file}&apos; of {holder}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="551"/>
        <source>Tệp &apos;{file}&apos; là cơ sở dữ liệu của chương trình khác (các bảng {tables}), không phải của PlanDesk. PlanDesk không ghi vào đó; hãy chọn thư mục làm việc khác. Tệp được giữ nguyên.</source>
        <translation>The file &apos;{file}&apos; is another program&apos;s database (tables {tables}), not PlanDesk&apos;s. PlanDesk does not write there; choose another workspace folder. The file is left as it is.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="554"/>
        <source>Không tạo được thư mục làm việc &apos;{folder}&apos;: {reason}. Hãy chọn thư mục khác bằng --data.</source>
        <translation>Cannot create the workspace folder &apos;{folder}&apos;: {reason}. Choose another folder with --data.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="556"/>
        <source>Cơ sở dữ liệu trên {server} còn trống nhưng thư mục làm việc &apos;{folder}&apos; đã có {count} tệp minh chứng: có thể nhầm máy chủ hoặc tên cơ sở dữ liệu, hoặc dữ liệu trên máy chủ đã mất. PlanDesk không tạo cơ sở dữ liệu trống ở đây. Hãy kiểm tra địa chỉ, hoặc khôi phục cơ sở dữ liệu của máy chủ (pg_restore); muốn bắt đầu trên máy chủ mới, hãy dùng một thư mục làm việc mới. Chưa thay đổi gì.</source>
        <translation>The database on the {server} is empty, but the workspace folder &apos;{folder}&apos; already has {count} evidence files: the server or database name may be wrong, or the data on the server has been lost. PlanDesk does not create an empty database here. Check the address, or restore the server&apos;s database (pg_restore); to start on a new server, use a new workspace folder. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="561"/>
        <source>Đã nâng cấp cơ sở dữ liệu trên {server} (lược đồ {before} → {after}). PlanDesk không sao lưu cơ sở dữ liệu trên máy chủ: bản sao lưu của máy chủ (pg_dump) là bản dùng để khôi phục nếu cần.</source>
        <translation>The database on the {server} was upgraded (schema {before} → {after}). PlanDesk does not back up a database on a server: the server&apos;s own backups (pg_dump) are the ones to restore from if needed.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="564"/>
        <source>Không mở được cơ sở dữ liệu &apos;{file}&apos;: {detail}. Tệp có thể bị hỏng; tệp được giữ nguyên.</source>
        <translation>Cannot open the database &apos;{file}&apos;: {detail}. The file may be damaged; it is left as it is.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="566"/>
        <source>{problem} Hãy kiểm tra ổ đĩa còn chỗ trống và thư mục cho phép ghi, rồi thử lại; nếu vẫn lỗi, khôi phục từ thư mục backups/.</source>
        <translation>{problem} Check that the disk has free space and the folder can be written to, then try again; if it still fails, restore from the backups/ folder.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="570"/>
        <source>Đường dẫn &apos;{path}&apos; quá dài: {length} ký tự{with_names}, vượt giới hạn {limit} ký tự của Windows (Windows Explorer, Word và nhiều chương trình khác không mở được tệp như vậy). Chưa ghi gì. Hãy chọn thư mục có đường dẫn ngắn hơn{room} hoặc đặt tên ngắn hơn.</source>
        <translation>The path &apos;{path}&apos; is too long: {length} characters{with_names}, over Windows&apos; limit of {limit} characters (Windows Explorer, Word and many other programs cannot open such files). Nothing was written. Choose a folder with a shorter path{room} or a shorter name.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="574"/>
        <source>, thêm tên các tệp PlanDesk ghi vào đó là {length}</source>
        <translation>, {length} with the names of the files PlanDesk writes there</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="575"/>
        <source> (tối đa {room} ký tự, ví dụ D:\PlanDesk)</source>
        <translation> (at most {room} characters, for example D:\PlanDesk)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="576"/>
        <source>Thư mục &apos;{folder}&apos; không trống; hãy chọn một thư mục trống.</source>
        <translation>The folder &apos;{folder}&apos; is not empty; choose an empty folder.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="578"/>
        <source>Thư mục mới không được nằm trong thư mục làm việc hiện tại.</source>
        <translation>The new folder must not be inside the current workspace folder.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="579"/>
        <source>Bản sao cơ sở dữ liệu không toàn vẹn; chưa chuyển.</source>
        <translation>The copy of the database is not intact; nothing was moved.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="580"/>
        <source>Đã hủy; thư mục làm việc không thay đổi.</source>
        <translation>Cancelled; the workspace folder has not changed.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="581"/>
        <source>Tệp minh chứng &apos;{file}&apos; chép sang bị sai; chưa chuyển. Hãy kiểm tra ổ đĩa đích.</source>
        <translation>The evidence file &apos;{file}&apos; was copied wrongly; nothing was moved. Check the target disk.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="583"/>
        <source>Không chép được sang &apos;{folder}&apos;: {reason}. Thư mục làm việc không thay đổi.</source>
        <translation>Cannot copy to &apos;{folder}&apos;: {reason}. The workspace folder has not changed.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="585"/>
        <source>không đọc được &apos;{file}&apos;: {reason}</source>
        <translation>cannot read &apos;{file}&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="586"/>
        <source>tệp &apos;{file}&apos; bị hỏng</source>
        <translation>the file &apos;{file}&apos; is damaged</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="587"/>
        <source>tệp &apos;{file}&apos; không phải tệp mốc của PlanDesk</source>
        <translation>the file &apos;{file}&apos; is not a PlanDesk anchor file</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="588"/>
        <source>thư mục làm việc</source>
        <translation>the workspace folder</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="589"/>
        <source>cơ sở dữ liệu</source>
        <translation>the database</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="590"/>
        <source>tệp &apos;{file}&apos;</source>
        <translation>the file &apos;{file}&apos;</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="591"/>
        <source>kho minh chứng</source>
        <translation>the evidence store</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="592"/>
        <source>thư mục sao lưu</source>
        <translation>the backups folder</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="593"/>
        <source>thư mục bộ tiêu chí</source>
        <translation>the criteria frameworks folder</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="594"/>
        <source>thư mục nhật ký lỗi</source>
        <translation>the error log folder</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="595"/>
        <source>Không ghi vào &apos;{path}&apos;: đó là {part} của thư mục làm việc &apos;{folder}&apos;, ghi vào đó sẽ làm hỏng hoặc lẫn với dữ liệu của PlanDesk. Hãy chọn nơi khác (ví dụ thư mục Tài liệu hoặc ổ USB); chưa ghi gì.</source>
        <translation>Not writing to &apos;{path}&apos;: it is {part} of the workspace folder &apos;{folder}&apos;, and writing there would damage PlanDesk&apos;s data or mix with it. Choose another place (for example the Documents folder or a USB stick); nothing was written.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="598"/>
        <source>không đọc được ({reason})</source>
        <translation>its file cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="599"/>
        <source>nội dung đã bị thay đổi (mã băm hiện tại {digest})</source>
        <translation>its content has changed (hash now {digest})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="601"/>
        <source>Mã băm không hợp lệ: {digest}</source>
        <translation>Invalid hash: {digest}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="603"/>
        <source>Bản sao cơ sở dữ liệu &apos;{file}&apos; không toàn vẹn ({detail}); chưa lưu.</source>
        <translation>The copy of the database &apos;{file}&apos; is not intact ({detail}); not saved.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="605"/>
        <source>Không mở được &apos;{file}&apos;: {detail}.</source>
        <translation>Cannot open &apos;{file}&apos;: {detail}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="606"/>
        <source>Tệp &apos;{file}&apos; không phải cơ sở dữ liệu PlanDesk hoặc đã bị hỏng ({detail}).</source>
        <translation>The file &apos;{file}&apos; is not a PlanDesk database or is damaged ({detail}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="608"/>
        <source>không mở được ({detail})</source>
        <translation>cannot be opened ({detail})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="609"/>
        <source>không đọc được ({detail})</source>
        <translation>cannot be read ({detail})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="610"/>
        <source>bảng {table}, dòng {row}: {column} = {value} không phải số nguyên hợp lệ</source>
        <translation>table {table}, row {row}: {column} = {value} is not a valid whole number</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="612"/>
        <source>bảng {table}, dòng {row}: {column} = {value} ngoài khoảng {low}–{high}</source>
        <translation>table {table}, row {row}: {column} = {value} is outside {low}–{high}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="614"/>
        <source>bảng {table}, dòng {row}: {column} = {value} không phải ngày giờ hợp lệ</source>
        <translation>table {table}, row {row}: {column} = {value} is not a valid date and time</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="616"/>
        <source>bảng {table}, dòng {row}: {column} = {value} không hợp lệ</source>
        <translation>table {table}, row {row}: {column} = {value} is not valid</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="618"/>
        <source>bảng {table}, dòng {row}: {column} không đọc được ({detail})</source>
        <translation>table {table}, row {row}: {column} cannot be read ({detail})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="620"/>
        <source>hồ sơ dòng {row}, thiết lập {key}: {problem}</source>
        <translation>dossier row {row}, setting {key}: {problem}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="621"/>
        <source>hồ sơ dòng {row}: bộ tiêu chí không đọc được ({detail})</source>
        <translation>dossier row {row}: the criteria framework cannot be read ({detail})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="623"/>
        <source>{kind}, không phải bảng</source>
        <translation>{kind}, not a table</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="624"/>
        <source>tiêu chí {criterion} (dòng {row}), số liệu {name}: {problem}</source>
        <translation>criterion {criterion} (row {row}), figure {name}: {problem}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="626"/>
        <source>không có trong bộ tiêu chí</source>
        <translation>not in the criteria framework</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="627"/>
        <source>Thiếu {count} tệp minh chứng trong kho (ví dụ {example}); chưa sao lưu. Hãy chạy &apos;plandesk check&apos; để xem chi tiết.</source>
        <translation>{count} evidence files are missing from the store (for example {example}); no backup was made. Run &apos;plandesk check&apos; for the details.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="630"/>
        <source>Ổ đĩa chứa &apos;{folder}&apos; chỉ còn {free}, bản sao lưu cần khoảng {need}. Hãy giải phóng chỗ trống hoặc chọn ổ đĩa khác; chưa ghi gì.</source>
        <translation>The disk holding &apos;{folder}&apos; has only {free} left, and the backup needs about {need}. Free some space or choose another disk; nothing was written.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="633"/>
        <source>Bản sao lưu &apos;{file}&apos; đọc lại không khớp; chưa lưu. Hãy thử lại hoặc chọn ổ đĩa khác.</source>
        <translation>The backup &apos;{file}&apos; does not match when read back; not saved. Try again or choose another disk.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="635"/>
        <source>Chưa sao lưu được cơ sở dữ liệu.</source>
        <translation>The database could not be backed up.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="636"/>
        <source>&apos;{folder}&apos; không phải thư mục. Hãy chọn một thư mục (ví dụ ổ USB).</source>
        <translation>&apos;{folder}&apos; is not a folder. Choose a folder (for example a USB stick).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="638"/>
        <source>Không ghi được dữ liệu khôi phục vào &apos;{file}&apos;: {problem}. Dữ liệu hiện tại vẫn nguyên vẹn (và đã được giữ ở &apos;{aside}&apos;).</source>
        <translation>Cannot write the restored data into &apos;{file}&apos;: {problem}. The current data is intact (and has been kept in &apos;{aside}&apos;).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="641"/>
        <source>bản sao lưu</source>
        <translation>the backup</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="642"/>
        <source>không còn tài khoản lãnh đạo nào</source>
        <translation>no leader account is left</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="643"/>
        <source>Thư mục làm việc này bật đăng nhập: khôi phục cơ sở dữ liệu hỏng cần tên đăng nhập và mật khẩu của một tài khoản Lãnh đạo ({leaders}; theo {source}). Trên dòng lệnh: plandesk --user TÊN restore TỆP --yes (mật khẩu qua --password-file, PLANDESK_PASSWORD hoặc được hỏi). Chưa thay đổi gì.</source>
        <translation>Sign-in is on in this workspace folder: restoring a damaged database needs the user name and password of a Leader account ({leaders}; as recorded in {source}). On the command line: plandesk --user NAME restore FILE --yes (the password through --password-file, PLANDESK_PASSWORD or when asked). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="647"/>
        <source>Tên đăng nhập hoặc mật khẩu không đúng, hoặc &apos;{account}&apos; không phải tài khoản Lãnh đạo ({source}). Chưa thay đổi gì.</source>
        <translation>Wrong user name or password, or &apos;{account}&apos; is not a Leader account (as recorded in {source}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="650"/>
        <source>{problem} Cơ sở dữ liệu hỏng vẫn được giữ nguyên.</source>
        <translation>{problem} The damaged database has been kept as it is.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="652"/>
        <source>Không thay được cơ sở dữ liệu hỏng trong &apos;{folder}&apos;: {reason}. Các tệp cũ (nếu đã chuyển) nằm ở &apos;{aside}&apos;; hãy giải phóng chỗ trống hoặc kiểm tra quyền ghi rồi thử lại.</source>
        <translation>Cannot replace the damaged database in &apos;{folder}&apos;: {reason}. The old files (if already moved) are in &apos;{aside}&apos;; free some space or check the write permissions, then try again.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="656"/>
        <source>Thư mục làm việc này đang dùng tệp cơ sở dữ liệu riêng; hãy chỉ định máy chủ bằng --database postgresql://… rồi chạy lại lệnh.</source>
        <translation>This workspace folder uses its own database file; name the server with --database postgresql://…, then run the command again.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="659"/>
        <source>Cơ sở dữ liệu nằm trên máy chủ PostgreSQL: PlanDesk không sao lưu hay khôi phục được nó. Hãy để người quản trị máy chủ sao lưu định kỳ bằng pg_dump (khôi phục bằng pg_restore), và chép thư mục minh chứng (evidence/) của thư mục làm việc dùng chung cùng lúc.</source>
        <translation>The database is on a PostgreSQL server: PlanDesk cannot back it up or restore it. Have the server&apos;s administrator back it up regularly with pg_dump (restore with pg_restore), and copy the evidence folder (evidence/) of the shared workspace folder at the same time.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="663"/>
        <source>Không thể {action}: {backups}</source>
        <translation>Cannot {action}: {backups}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="664"/>
        <source>sao lưu cơ sở dữ liệu</source>
        <translation>back up the database</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="665"/>
        <source>sao lưu đầy đủ</source>
        <translation>make a full backup</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="666"/>
        <source>khôi phục từ bản sao lưu vào cơ sở dữ liệu dùng chung</source>
        <translation>restore from a backup into the shared database</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="667"/>
        <source>chuyển thư mục làm việc (hãy chép thư mục minh chứng và database.txt bằng tay; dữ liệu vẫn ở máy chủ)</source>
        <translation>move the workspace folder (copy the evidence folder and database.txt by hand; the data stays on the server)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="671"/>
        <source>Dữ liệu &apos;{entry}&apos; trong gói không đọc được ({detail}); gói bị từ chối.</source>
        <translation>The data &apos;{entry}&apos; in the package cannot be read ({detail}); the package is refused.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="673"/>
        <source>Dữ liệu &apos;{entry}&apos; trong gói không phải định dạng &apos;{format}&apos;.</source>
        <translation>The data &apos;{entry}&apos; in the package is not in the format &apos;{format}&apos;.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="675"/>
        <source>Dữ liệu &apos;{entry}&apos;: phiên bản định dạng không hợp lệ ({version}).</source>
        <translation>The data &apos;{entry}&apos;: invalid format version ({version}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="677"/>
        <source>Dữ liệu &apos;{entry}&apos; theo định dạng {version}, mới hơn bản PlanDesk này (đọc được đến {newest}). Hãy cập nhật PlanDesk rồi nhập lại.</source>
        <translation>The data &apos;{entry}&apos; is in format {version}, newer than this PlanDesk reads (up to {newest}). Update PlanDesk, then import again.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="680"/>
        <source>mục lục ghi kích thước tệp không hợp lệ</source>
        <translation>its manifest gives an invalid file size</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="681"/>
        <source>mã băm không hợp lệ {digest}</source>
        <translation>invalid hash {digest}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="683"/>
        <source>{count} phần của gói: đủ, đúng thứ tự, đúng mã SHA-256</source>
        <translation>{count} parts of the package: all there, in order, SHA-256 correct</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="684"/>
        <source>toàn bộ tệp gói: đúng mã SHA-256 ghi ở cuối gói</source>
        <translation>the whole package file: matches the SHA-256 written at its end</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="685"/>
        <source>giải mã AES-256-GCM: mọi khối đúng mã xác thực</source>
        <translation>AES-256-GCM decryption: every block&apos;s authentication tag is correct</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="686"/>
        <source>toàn bộ tệp gói: mọi byte được xác thực khi giải mã (AES-256-GCM)</source>
        <translation>the whole package file: every byte authenticated while decrypting (AES-256-GCM)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="688"/>
        <source>{count} mục: tên an toàn trên Windows, không trùng, không symlink, không vượt giới hạn nén</source>
        <translation>{count} entries: names safe on Windows, no duplicates, no symlinks, within the compression limits</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="690"/>
        <source>{count} tệp ({size} byte): đúng kích thước và mã SHA-256 trong bảng kê</source>
        <translation>{count} files ({size} bytes): size and SHA-256 as in the manifest</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="692"/>
        <source>Bản sao lưu nằm cùng ổ đĩa với thư mục làm việc; hãy chép nó sang USB hoặc ổ đĩa khác (hoặc dùng --out) để phòng khi hỏng máy.</source>
        <translation>The backup is on the same disk as the workspace folder; copy it to a USB stick or another disk (or use --out) in case the computer fails.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="696"/>
        <source>mới</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="697"/>
        <source>cập nhật</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="698"/>
        <source>không đổi</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="699"/>
        <source>xung đột</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="700"/>
        <source>bộ tiêu chí và thiết lập văn bản</source>
        <translation>the criteria set and the document settings</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="702"/>
        <source>tài liệu “{document}”</source>
        <translation>document “{document}”</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="703"/>
        <source>thành viên Hội đồng {member}</source>
        <translation>council member {member}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="704"/>
        <source>thời hạn “{deadline}”</source>
        <translation>deadline “{deadline}”</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="705"/>
        <source>văn bản đã ban hành {document} phiên bản {version}</source>
        <translation>issued document {document}, version {version}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="706"/>
        <source>ý kiến thẩm định tiêu chí {criterion}</source>
        <translation>review opinion on criterion {criterion}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="709"/>
        <source>&apos;{value}&apos; không phải là có/không</source>
        <translation>&apos;{value}&apos; is not yes or no</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="710"/>
        <source>&apos;{value}&apos; không phải là số</source>
        <translation>&apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="711"/>
        <source>số quá lớn (tối đa {limit})</source>
        <translation>the number is too large (at most {limit})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="712"/>
        <source>&apos;{value}&apos; không phải là số (nhập chữ số, ví dụ 12 hoặc 7,5)</source>
        <translation>&apos;{value}&apos; is not a number (type digits, for example 12 or 7,5)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="713"/>
        <source>&apos;{value}&apos; quá lớn (tối đa {limit})</source>
        <translation>&apos;{value}&apos; is too large (at most {limit})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="714"/>
        <source>&apos;{value}&apos; không được âm</source>
        <translation>&apos;{value}&apos; may not be negative</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="715"/>
        <source>&apos;{value}&apos; phải là số nguyên</source>
        <translation>&apos;{value}&apos; must be a whole number</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="716"/>
        <source>&apos;{value}&apos; không phải là ngày (nhập dạng 2024-03-15 hoặc 15/03/2024)</source>
        <translation>&apos;{value}&apos; is not a date (type it as 2024-03-15 or 15/03/2024)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="718"/>
        <source>&apos;{value}&apos; không phải là một mức của thang: {levels}</source>
        <translation>&apos;{value}&apos; is not a level of the scale: {levels}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="719"/>
        <source>&apos;{value}&apos; không phải là một mức của thang</source>
        <translation>&apos;{value}&apos; is not a level of the scale</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="720"/>
        <source>mức tối thiểu &apos;{level}&apos; không có trong thang</source>
        <translation>the minimum level &apos;{level}&apos; is not in the scale</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="721"/>
        <source>không tìm thấy thang đánh giá</source>
        <translation>the rating scale was not found</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="722"/>
        <source>số đã thực hiện ({counted}) lớn hơn tổng số ({total})</source>
        <translation>the number done ({counted}) is larger than the total ({total})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="723"/>
        <source>số trường hợp ({counted}) lớn hơn tổng số ({total})</source>
        <translation>the number of cases ({counted}) is larger than the total ({total})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="724"/>
        <source>điều kiện &apos;{condition}&apos; có loại &apos;{kind}&apos; mà phiên bản này chưa hỗ trợ (các loại: {kinds}); hãy cập nhật PlanDesk hoặc dùng bộ tiêu chí khác</source>
        <translation>condition &apos;{condition}&apos; is of kind &apos;{kind}&apos;, which this version does not support yet (kinds: {kinds}); update PlanDesk or use another criteria framework</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="728"/>
        <source>dài {length} ký tự, tối đa {limit}</source>
        <translation>{length} characters long, at most {limit}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="729"/>
        <source>có một từ dài hơn {limit} ký tự liền nhau (không có dấu cách), văn bản không in được</source>
        <translation>has a word longer than {limit} characters without a space; the text cannot be printed</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="731"/>
        <source>không phải số nguyên</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="732"/>
        <source>giá trị {value} ngoài khoảng {low}…{high}</source>
        <translation>the value {value} is outside the range {low}…{high}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="733"/>
        <source>giá trị quá lớn ngoài khoảng {low}…{high}</source>
        <translation>the value is too large: outside the range {low}…{high}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="734"/>
        <source>lồng nhau quá {depth} tầng</source>
        <translation>nested more than {depth} levels deep</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="735"/>
        <source>số {number} vượt giới hạn</source>
        <translation>the number {number} is beyond the limit</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="736"/>
        <source>giá trị {value} không hợp lệ trong JSON</source>
        <translation>the value {value} is not valid in JSON</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="737"/>
        <source>số nguyên có {digits} chữ số vượt giới hạn</source>
        <translation>a whole number of {digits} digits is beyond the limit</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="738"/>
        <source>và {count} lỗi khác</source>
        <translation>and {count} more problems</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="739"/>
        <source>&apos;{value}&apos; không phải ngày có thật (nhập dạng 2024-10-05 hoặc 05/10/2024)</source>
        <translation>&apos;{value}&apos; is not a real date (type it as 2024-10-05 or 05/10/2024)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="741"/>
        <source>năm {year} ngoài khoảng {low}–{high}</source>
        <translation>the year {year} is outside the range {low}–{high}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="742"/>
        <source>không phải một bản ghi</source>
        <translation>not a record</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="743"/>
        <source>giá trị {value} không phải chuỗi</source>
        <translation>the value {value} is not a text</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="744"/>
        <source>giá trị {value} không phải danh sách</source>
        <translation>the value {value} is not a list</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="745"/>
        <source>{count} mục, tối đa {limit}</source>
        <translation>{count} items, at most {limit}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="746"/>
        <source>giá trị {value} không phải bản ghi (khóa → giá trị)</source>
        <translation>the value {value} is not a record (key → value)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="747"/>
        <source>{count} khóa, tối đa {limit}</source>
        <translation>{count} keys, at most {limit}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="748"/>
        <source>khóa không phải chuỗi</source>
        <translation>the key is not a text</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="749"/>
        <source>khóa quá dài hoặc có ký tự điều khiển</source>
        <translation>the key is too long or holds control characters</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="750"/>
        <source>{problem} (số người biểu quyết)</source>
        <translation>{problem} (number of people voting)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="752"/>
        <source>{field}: {problem}. Chưa lưu gì.</source>
        <translation>{field}: {problem}. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="753"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="754"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="755"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="756"/>
        <source>Cơ quan công nhận</source>
        <translation>Recognising body</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="757"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="758"/>
        <source>Giải trình</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="759"/>
        <source>Huyện</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="760"/>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="761"/>
        <source>Khóa thời hạn</source>
        <translation>Deadline key</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="762"/>
        <source>Kết quả thực hiện</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="763"/>
        <source>Loại đơn vị</source>
        <translation>Kind of unit</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="764"/>
        <source>Lý do mở lại</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="765"/>
        <source>Mã đơn vị</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="766"/>
        <source>Số, ký hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="767"/>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="768"/>
        <source>Tên mốc thời hạn</source>
        <translation>Deadline name</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="769"/>
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="770"/>
        <source>Tên xã</source>
        <translation>Commune name</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="771"/>
        <source>Ý kiến thẩm định</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="772"/>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="773"/>
        <source>Đơn vị phối hợp</source>
        <translation>Cooperating units</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="774"/>
        <source>Ngày ban hành phải là một ngày hợp lệ.</source>
        <translation>The date of issue must be a valid date.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="775"/>
        <source>kích thước {size} byte khác {attached} byte khi đính kèm</source>
        <translation>its size is {size} bytes, not the {attached} bytes it had when attached</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="776"/>
        <source>thiếu tệp</source>
        <translation>file missing</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="777"/>
        <source>&apos;{file}&apos; ({problem})</source>
        <translation>&apos;{file}&apos;: {problem}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="778"/>
        <source> và {count} tài liệu khác</source>
        <translation> and {count} more documents</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="779"/>
        <source>Chưa xuất văn bản: {count} tài liệu minh chứng thiếu tệp hoặc tệp đã bị thay đổi: {files}{more}. In ra sẽ không đúng hồ sơ. Hãy chạy &apos;plandesk check&apos; và đính kèm lại các tệp đó; muốn vẫn xuất và bỏ các tệp đó ra (ghi rõ trong mục lục), dùng --allow-missing (trong cửa sổ: chọn Vẫn xuất).</source>
        <translation>The documents were not exported: {count} evidence documents have a missing or changed file: {files}{more}. A printout would not match the dossier. Run &apos;plandesk check&apos; and attach those files again; to export anyway and leave those files out (the table of contents says so), use --allow-missing (in the window: choose Export anyway).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="783"/>
        <source>Chưa xuất hồ sơ minh chứng: {count} tài liệu minh chứng thiếu tệp hoặc tệp đã bị thay đổi: {files}{more}. In ra sẽ không đúng hồ sơ. Hãy chạy &apos;plandesk check&apos; và đính kèm lại các tệp đó; muốn vẫn xuất và bỏ các tệp đó ra (ghi rõ trong mục lục), dùng --allow-missing (trong cửa sổ: chọn Vẫn xuất).</source>
        <translation>The evidence bundle was not exported: {count} evidence documents have a missing or changed file: {files}{more}. A printout would not match the dossier. Run &apos;plandesk check&apos; and attach those files again; to export anyway and leave those files out (the table of contents says so), use --allow-missing (in the window: choose Export anyway).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="788"/>
        <source>Thư mục làm việc chưa có hồ sơ nào. Hãy tạo hồ sơ (hoặc chạy &apos;plandesk demo&apos;).</source>
        <translation>The workspace has no dossier yet. Create one (or run &apos;plandesk demo&apos;).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="790"/>
        <source>{dossier}: {unit} năm {year}</source>
        <translation>{dossier}: {unit}, {year}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="791"/>
        <source>Thư mục làm việc có {count} hồ sơ; hãy chọn một bằng --dossier ({dossiers}).</source>
        <translation>The workspace has {count} dossiers; choose one with --dossier ({dossiers}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="793"/>
        <source>Hãy nhập tên xã.</source>
        <translation>Enter the commune&apos;s name.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="794"/>
        <source>Năm {year} không hợp lệ (từ 2000 đến 2100).</source>
        <translation>The year {year} is not valid (from 2000 to 2100).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="795"/>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="796"/>
        <source>Không có bộ tiêu chí &apos;{framework}&apos; (đang có: {known}).</source>
        <translation>There is no criteria framework &apos;{framework}&apos; (available: {known}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="797"/>
        <source>Không có bộ tiêu chí &apos;{framework}&apos; phiên bản {version} (đang có: {known}).</source>
        <translation>There is no criteria framework &apos;{framework}&apos; version {version} (available: {known}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="799"/>
        <source>{unit} đã có hồ sơ năm {year} (số {dossier}).</source>
        <translation>{unit} already has a dossier for {year} (number {dossier}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="800"/>
        <source>không có (tiêu chí này do Hội đồng đánh giá)</source>
        <translation>none (this criterion is judged by the council)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="801"/>
        <source>Tiêu chí {criterion} không có số liệu &apos;{name}&apos;. Các số liệu: {names}.</source>
        <translation>Criterion {criterion} has no figure &apos;{name}&apos;. Its figures: {names}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="803"/>
        <source>Tiêu chí {criterion}, số liệu &apos;{name}&apos;: {problem}.</source>
        <translation>Criterion {criterion}, figure &apos;{name}&apos;: {problem}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="804"/>
        <source>Không có tiêu chí &apos;{criterion}&apos; trong hồ sơ.</source>
        <translation>There is no criterion &apos;{criterion}&apos; in the dossier.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="805"/>
        <source>Không có thiết lập: {keys}.</source>
        <translation>No such setting: {keys}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="806"/>
        <source>Thiết lập văn bản không hợp lệ — {problems}. Chưa lưu gì.</source>
        <translation>The document settings are not valid — {problems}. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="807"/>
        <source>Không có mốc thời hạn &apos;{key}&apos;.</source>
        <translation>There is no deadline &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="809"/>
        <source>Không có văn bản &apos;{document}&apos;; dùng một trong: {known}.</source>
        <translation>There is no document &apos;{document}&apos;; use one of: {known}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="811"/>
        <source>Văn bản &apos;{document}&apos; không xuất ra Excel; Excel có: {known}.</source>
        <translation>The document &apos;{document}&apos; is not exported to Excel; Excel has: {known}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="812"/>
        <source>Văn bản &apos;{document}&apos; không có định dạng {format}.</source>
        <translation>The document &apos;{document}&apos; has no {format} format.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="813"/>
        <source>Định dạng &apos;{format}&apos; không hợp lệ; dùng pdf, docx hoặc xlsx.</source>
        <translation>The format &apos;{format}&apos; is not valid; use pdf, docx or xlsx.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="815"/>
        <source>Không ghi được tệp &apos;{file}&apos;: {reason}.</source>
        <translation>Could not write the file &apos;{file}&apos;: {reason}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="816"/>
        <source>Không ghi được tệp &apos;{file}&apos;: {reason}. Nếu tệp đang mở trong chương trình khác (trình đọc PDF, Word, Excel), hãy đóng nó rồi xuất lại; tệp cũ vẫn nguyên.</source>
        <translation>Could not write the file &apos;{file}&apos;: {reason}. If the file is open in another program (a PDF reader, Word, Excel), close it and export again; the old file is unchanged.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="819"/>
        <source>Hồ sơ minh chứng chỉ xuất ra PDF (--format pdf).</source>
        <translation>The evidence bundle is exported to PDF only (--format pdf).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="820"/>
        <source>Bộ lọc &apos;{filter}&apos; không hợp lệ; dùng: {known}.</source>
        <translation>The filter &apos;{filter}&apos; is not valid; use: {known}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="821"/>
        <source>Chưa có hồ sơ nào của năm {year} trong thư mục làm việc. Hãy nhập các gói hồ sơ bằng &apos;plandesk unpack&apos;.</source>
        <translation>The workspace has no dossier for {year} yet. Take in the dossier packages with &apos;plandesk unpack&apos;.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="824"/>
        <source>Không có hồ sơ năm {year} theo bộ tiêu chí &apos;{framework}&apos; (đang có: {known}).</source>
        <translation>There is no dossier for {year} under the criteria framework &apos;{framework}&apos; (available: {known}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="826"/>
        <source>không có bộ tiêu chí</source>
        <translation>it has no criteria framework</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="827"/>
        <source>Thư mục &apos;{folder}&apos; không tồn tại.</source>
        <translation>The folder &apos;{folder}&apos; does not exist.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="828"/>
        <source>Tệp báo cáo &apos;{file}&apos; phải có đuôi .pdf hoặc .docx.</source>
        <translation>The report file &apos;{file}&apos; must end in .pdf or .docx.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="829"/>
        <source>Không ghi được &apos;{file}&apos;: {reason}.</source>
        <translation>Could not write &apos;{file}&apos;: {reason}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="830"/>
        <source>Không có văn bản đã ban hành số {number} trong hồ sơ.</source>
        <translation>There is no issued document number {number} in the dossier.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="831"/>
        <source>Văn bản &apos;{document}&apos; không ban hành riêng được; ban hành một trong: {known}.</source>
        <translation>The document &apos;{document}&apos; cannot be issued on its own; issue one of: {known}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="833"/>
        <source>Ban hành {document} cần số và ngày ban hành (ví dụ: --number 12 --date {year}-10-05).</source>
        <translation>Issuing the {document} needs a number and a date of issue (for example: --number 12 --date {year}-10-05).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="835"/>
        <source>{document} đã được ban hành ({number}, ngày {date}); muốn ban hành lại hãy ban hành phiên bản mới (plandesk issue --new-version, hoặc nút “Ban hành phiên bản mới”).</source>
        <translation>The {document} has already been issued ({number}, on {date}); to issue it again, issue a new version (plandesk issue --new-version, or the “Issue a new version” button).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="838"/>
        <source>Chưa đọc được chữ của tài liệu số {number}; hãy thử lại.</source>
        <translation>The text of document number {number} has not been read yet; try again.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="839"/>
        <source>Không có tài liệu minh chứng số {number}.</source>
        <translation>There is no evidence document number {number}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="840"/>
        <source>Không có tài liệu minh chứng số {number} trong hồ sơ.</source>
        <translation>There is no evidence document number {number} in the dossier.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="841"/>
        <source>Không mở được tệp &apos;{file}&apos; để nhận dạng chữ ({reason}).</source>
        <translation>Could not open the file &apos;{file}&apos; to recognise its text ({reason}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="842"/>
        <source>Trạng thái hồ sơ mẫu &apos;{state}&apos; không có; dùng một trong: {known}.</source>
        <translation>There is no sample dossier state &apos;{state}&apos;; use one of: {known}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="847"/>
        <source>Chưa đủ số liệu</source>
        <translation>Figures missing</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="848"/>
        <source>Do Hội đồng đánh giá</source>
        <translation>Judged by the council</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="849"/>
        <source>Chưa thẩm định</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="850"/>
        <source>Thẩm định: đạt</source>
        <translation>Review: met</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="851"/>
        <source>Yêu cầu bổ sung</source>
        <translation>More evidence requested</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="852"/>
        <source>Chủ tịch</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="853"/>
        <source>Phó Chủ tịch</source>
        <translation>Vice-chair</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="854"/>
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="855"/>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="856"/>
        <source>Trạng thái &apos;{status}&apos; không hợp lệ; dùng một trong: {known}.</source>
        <translation>The decision &apos;{status}&apos; is not valid; use one of: {known}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="857"/>
        <source>Vai trò &apos;{role}&apos; không hợp lệ; dùng một trong: {known} ({labels}).</source>
        <translation>The role &apos;{role}&apos; is not valid; use one of: {known} ({labels}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="859"/>
        <source>Không tìm thấy thư mục tài nguyên &apos;{folder}&apos; của PlanDesk; hãy cài đặt lại ứng dụng.</source>
        <translation>PlanDesk&apos;s resource folder &apos;{folder}&apos; was not found; reinstall the application.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="862"/>
        <source>Dòng {row}, cột {column} ({title}): {problem}</source>
        <translation>Row {row}, column {column} ({title}): {problem}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="863"/>
        <source>Dòng {row}: {problem}</source>
        <translation>Row {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="864"/>
        <source>Tệp &apos;{file}&apos; có {count} lỗi; chưa nhập gì. Hãy sửa rồi nhập lại:
{errors}</source>
        <translation>The file &apos;{file}&apos; has {count} problems; nothing was imported. Correct them and import again:
{errors}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="866"/>
        <source>… và {count} lỗi khác.</source>
        <translation>… and {count} more problems.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="867"/>
        <source>&apos;{value}&apos; không phải ngày hợp lệ (dạng 30/09/2024)</source>
        <translation>&apos;{value}&apos; is not a valid date (as 30/09/2024)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="868"/>
        <source>Không tìm thấy tệp &apos;{file}&apos;.</source>
        <translation>The file &apos;{file}&apos; was not found.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="869"/>
        <source>Không đọc được &apos;{file}&apos; như một tệp Excel (.xlsx): {reason}.</source>
        <translation>Could not read &apos;{file}&apos; as an Excel file (.xlsx): {reason}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="870"/>
        <source>Tệp &apos;{file}&apos; không có dòng tiêu đề với các cột: {columns} (hãy dùng tệp do PlanDesk xuất ra làm mẫu).</source>
        <translation>The file &apos;{file}&apos; has no header row with the columns: {columns} (use a file exported by PlanDesk as the template).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="873"/>
        <source>Tệp &apos;{file}&apos; có quá nhiều dòng (tối đa {limit}).</source>
        <translation>The file &apos;{file}&apos; has too many rows (at most {limit}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="874"/>
        <source>thiếu họ và tên</source>
        <translation>the full name is missing</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="875"/>
        <source>&apos;{name}&apos; trùng với dòng {row}</source>
        <translation>&apos;{name}&apos; repeats row {row}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="876"/>
        <source>&apos;{role}&apos; không hợp lệ; dùng một trong: {known}</source>
        <translation>&apos;{role}&apos; is not valid; use one of: {known}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="877"/>
        <source>Hội đồng chỉ có một {role} (đã có ở dòng {row})</source>
        <translation>The council has only one {role} (already on row {row})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="878"/>
        <source>tệp không có thành viên nào</source>
        <translation>the file has no members</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="879"/>
        <source>thiếu mã tiêu chí</source>
        <translation>the criterion code is missing</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="880"/>
        <source>không có tiêu chí &apos;{criterion}&apos; trong hồ sơ (mã có dạng I.1 … III.19)</source>
        <translation>there is no criterion &apos;{criterion}&apos; in the dossier (codes look like I.1 … III.19)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="882"/>
        <source>tiêu chí {criterion} trùng với dòng {row}</source>
        <translation>criterion {criterion} repeats row {row}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="883"/>
        <source>thiếu đơn vị chủ trì</source>
        <translation>the lead unit is missing</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="884"/>
        <source>tệp không có dòng phân công nào</source>
        <translation>the file has no assignment rows</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="886"/>
        <source>Không đọc được tệp mật khẩu &apos;{file}&apos;: {reason}.</source>
        <translation>Could not read the password file &apos;{file}&apos;: {reason}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="887"/>
        <source>Cần mật khẩu: dùng --password-file TỆP (hoặc biến môi trường PLANDESK_PASSWORD).</source>
        <translation>A password is needed: use --password-file FILE (or the PLANDESK_PASSWORD environment variable).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="889"/>
        <source>Thư mục làm việc này yêu cầu đăng nhập: thêm --user TÊN_ĐĂNG_NHẬP (mật khẩu qua --password-file hoặc được hỏi).</source>
        <translation>This workspace requires signing in: add --user USERNAME (the password through --password-file or asked for).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="892"/>
        <source>Hai lần nhập mật khẩu không giống nhau; chưa thay đổi gì.</source>
        <translation>The two passwords typed are not the same; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="893"/>
        <source>Không có tài khoản &apos;{account}&apos;. Xem danh sách: plandesk accounts list.</source>
        <translation>There is no account &apos;{account}&apos;. See the list: plandesk accounts list.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="895"/>
        <source>&apos;{value}&apos; không phải ngày dạng YYYY-MM-DD</source>
        <translation>&apos;{value}&apos; is not a date of the form YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="896"/>
        <source>--value &apos;{item}&apos; phải có dạng NAME=VALUE.</source>
        <translation>--value &apos;{item}&apos; must be of the form NAME=VALUE.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="897"/>
        <source>&apos;{pair}&apos; không hợp lệ; dùng KEY=VALUE với KEY là một trong: {known}.</source>
        <translation>&apos;{pair}&apos; is not valid; use KEY=VALUE where KEY is one of: {known}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="899"/>
        <source>&apos;{key}&apos; cần khóa con, ví dụ {key}.to_trinh=...</source>
        <translation>&apos;{key}&apos; needs a subkey, for example {key}.to_trinh=...</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="900"/>
        <source>&apos;{value}&apos; không phải kích thước (ví dụ 4G, 700M, 100000)</source>
        <translation>&apos;{value}&apos; is not a size (for example 4G, 700M, 100000)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="901"/>
        <source>--resolve &apos;{item}&apos; phải có dạng KHÓA={keep} hoặc KHÓA={take}.</source>
        <translation>--resolve &apos;{item}&apos; must be of the form KEY={keep} or KEY={take}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="902"/>
        <source>hồ sơ số {dossier}</source>
        <translation>dossier number {dossier}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="904"/>
        <source>thang &apos;{scale}&apos;</source>
        <translation>scale &apos;{scale}&apos;</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="905"/>
        <source>nhóm {group}</source>
        <translation>group {group}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="701"/>
        <location filename="../plandesk/domain/messages.py" line="906"/>
        <source>tiêu chí {criterion}</source>
        <translation>criterion {criterion}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="907"/>
        <source>{where}, điều kiện &apos;{condition}&apos;</source>
        <translation>{where}, condition &apos;{condition}&apos;</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="908"/>
        <source>nhóm thứ {number}</source>
        <translation>group no. {number}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="909"/>
        <source>tiêu chí thứ {number}</source>
        <translation>criterion no. {number}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="910"/>
        <source>migrations thứ {number}</source>
        <translation>migration no. {number}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="911"/>
        <source>nguồn thứ {number}</source>
        <translation>source no. {number}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="912"/>
        <source>{where}, điều kiện thứ {number}</source>
        <translation>{where}, condition no. {number}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="913"/>
        <source>{where}, sự kiện thứ {number}</source>
        <translation>{where}, event no. {number}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="914"/>
        <source>thiếu trường &apos;{field}&apos;</source>
        <translation>the field &apos;{field}&apos; is missing</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="915"/>
        <source>trường &apos;{field}&apos; phải là một chuỗi không rỗng</source>
        <translation>the field &apos;{field}&apos; must be a non-empty string</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="916"/>
        <source>trường &apos;{field}&apos; phải là số nguyên (đang là {value})</source>
        <translation>the field &apos;{field}&apos; must be a whole number (it is {value})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="918"/>
        <source>trường &apos;{field}&apos; phải là số (đang là {value})</source>
        <translation>the field &apos;{field}&apos; must be a number (it is {value})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="919"/>
        <source>trường &apos;{field}&apos; = {value} nằm ngoài khoảng cho phép {low}–{high}</source>
        <translation>the field &apos;{field}&apos; = {value} is outside the allowed range {low}–{high}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="921"/>
        <source>trường &apos;{field}&apos; phải là true hoặc false</source>
        <translation>the field &apos;{field}&apos; must be true or false</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="922"/>
        <source>phải là một bảng</source>
        <translation>must be a table</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="923"/>
        <source>định dạng tệp phiên bản {format} mới hơn phiên bản PlanDesk này hiểu ({version}); hãy cập nhật PlanDesk</source>
        <translation>the file format version {format} is newer than this PlanDesk understands ({version}); update PlanDesk</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="926"/>
        <source>trường &apos;format&apos; phải là {version}</source>
        <translation>the field &apos;format&apos; must be {version}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="927"/>
        <source>trường &apos;id&apos; = &apos;{id}&apos; chỉ được gồm chữ thường không dấu, chữ số và &apos;-&apos;</source>
        <translation>the field &apos;id&apos; = &apos;{id}&apos; may only hold lower-case letters without accents, digits and &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="929"/>
        <source>phải là một bảng các thang đánh giá</source>
        <translation>must be a table of rating scales</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="930"/>
        <source>trường &apos;levels&apos; phải là danh sách ít nhất 2 mức (từ cao xuống thấp)</source>
        <translation>the field &apos;levels&apos; must be a list of at least 2 levels (from highest to lowest)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="932"/>
        <source>trường &apos;levels&apos; có mức bị trùng</source>
        <translation>the field &apos;levels&apos; repeats a level</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="933"/>
        <source>thiếu danh sách nhóm tiêu chí [[groups]]</source>
        <translation>the list of criteria groups [[groups]] is missing</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="934"/>
        <source>mã nhóm &apos;{group}&apos; phải là số La Mã (I, II, III…)</source>
        <translation>the group code &apos;{group}&apos; must be a Roman numeral (I, II, III…)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="935"/>
        <source>mã nhóm &apos;{group}&apos; bị trùng</source>
        <translation>the group code &apos;{group}&apos; is repeated</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="936"/>
        <source>thiếu danh sách tiêu chí [[criteria]]</source>
        <translation>the list of criteria [[criteria]] is missing</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="937"/>
        <source>mã tiêu chí &apos;{criterion}&apos; phải có dạng NHÓM.SỐ, ví dụ III.14</source>
        <translation>the criterion code &apos;{criterion}&apos; must be of the form GROUP.NUMBER, for example III.14</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="939"/>
        <source>mã tiêu chí &apos;{criterion}&apos; bị trùng</source>
        <translation>the criterion code &apos;{criterion}&apos; is repeated</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="940"/>
        <source>nhóm &apos;{group}&apos; không được khai báo trong [[groups]]</source>
        <translation>the group &apos;{group}&apos; is not declared in [[groups]]</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="941"/>
        <source>khai báo {size} tiêu chí nhưng tệp có {count}</source>
        <translation>declares {size} criteria but the file has {count}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="942"/>
        <source>các tiêu chí phải đánh số liên tục từ 1 (đang có {numbers})</source>
        <translation>the criteria must be numbered in sequence from 1 (they are {numbers})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="944"/>
        <source>phải là danh sách [[migrations]]</source>
        <translation>must be a list [[migrations]]</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="945"/>
        <source>trường &apos;map&apos; phải ánh xạ mã cũ sang mã mới (&quot;&quot; nếu bỏ)</source>
        <translation>the field &apos;map&apos; must map old codes to new codes (&quot;&quot; if dropped)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="946"/>
        <source>mã mới &apos;{new}&apos; (của &apos;{old}&apos;) không có trong bộ tiêu chí này</source>
        <translation>the new code &apos;{new}&apos; (of &apos;{old}&apos;) is not in this criteria framework</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="948"/>
        <source>phải là danh sách [[sources]]</source>
        <translation>must be a list [[sources]]</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="949"/>
        <source>trường &apos;date&apos; = &apos;{date}&apos; phải có dạng &quot;YYYY-MM-DD&quot; (một chuỗi, ví dụ &quot;2023-04-12&quot;)</source>
        <translation>the field &apos;date&apos; = &apos;{date}&apos; must be of the form &quot;YYYY-MM-DD&quot; (a string, for example &quot;2023-04-12&quot;)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="951"/>
        <source>trường &apos;each_year&apos; phải là một bảng { &quot;cụm từ trong văn bản&quot; = &quot;cụm từ với {token}&quot; }</source>
        <translation>the field &apos;each_year&apos; must be a table { &quot;phrase in the text&quot; = &quot;phrase with {token}&quot; }</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="953"/>
        <source>each_year: “{phrase}” phải ứng với một cụm từ có {token}, ví dụ &quot;Quý I/{token}&quot;</source>
        <translation>each_year: “{phrase}” must map to a phrase holding {token}, for example &quot;Quarter I/{token}&quot;</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="955"/>
        <source>each_year: không có “{phrase}” trong nội dung tiêu chí</source>
        <translation>each_year: “{phrase}” is not in the criterion&apos;s text</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="957"/>
        <source>trường &apos;conditions&apos; phải là danh sách [[criteria.conditions]]</source>
        <translation>the field &apos;conditions&apos; must be a list [[criteria.conditions]]</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="959"/>
        <source>trường &apos;id&apos; chỉ được gồm chữ thường không dấu, chữ số và &apos;_&apos;</source>
        <translation>the field &apos;id&apos; may only hold lower-case letters without accents, digits and &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="961"/>
        <source>id điều kiện bị trùng trong tiêu chí</source>
        <translation>the condition id is repeated within the criterion</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="962"/>
        <source>loại điều kiện &apos;kind&apos; = {kind} không được hỗ trợ (các loại: {kinds})</source>
        <translation>the condition kind &apos;kind&apos; = {kind} is not supported (kinds: {kinds})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="964"/>
        <source>trường &apos;{field}&apos; phải có dạng &quot;MM-DD&quot; (ví dụ &quot;03-31&quot;)</source>
        <translation>the field &apos;{field}&apos; must be of the form &quot;MM-DD&quot; (for example &quot;03-31&quot;)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="966"/>
        <source>ngày bắt đầu &apos;start&apos; phải trước ngày kết thúc &apos;end&apos;</source>
        <translation>the start date &apos;start&apos; must come before the end date &apos;end&apos;</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="967"/>
        <source>thang đánh giá &apos;scale&apos; = {scale} không được khai báo trong [scales]</source>
        <translation>the rating scale &apos;scale&apos; = {scale} is not declared in [scales]</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="969"/>
        <source>mức tối thiểu &apos;min&apos; = {level} không có trong thang &apos;{scale}&apos;</source>
        <translation>the minimum level &apos;min&apos; = {level} is not in the scale &apos;{scale}&apos;</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="971"/>
        <source>cần danh sách sự kiện [[criteria.conditions.events]]</source>
        <translation>a list of events [[criteria.conditions.events]] is needed</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="972"/>
        <source>id sự kiện &apos;{event}&apos; bị trùng</source>
        <translation>the event id &apos;{event}&apos; is repeated</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="974"/>
        <source>chưa nhập</source>
        <translation>not entered</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="975"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="976"/>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="977"/>
        <source>{count} (yêu cầu ≥ {min})</source>
        <translation>{count} (required ≥ {min})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="978"/>
        <source>không có đối tượng thuộc diện (0/0)</source>
        <translation>nobody concerned (0/0)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="979"/>
        <source>{done}/{total} = {percent} (yêu cầu ≥ {min} %)</source>
        <translation>{done}/{total} = {percent} (required ≥ {min} %)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="980"/>
        <source>năm trước {previous}, năm nay {current}</source>
        <translation>last year {previous}, this year {current}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="981"/>
        <source>không có ({counts})</source>
        <translation>none ({counts})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="982"/>
        <source>tăng so với năm trước ({counts}; yêu cầu giảm ≥ {min} %)</source>
        <translation>up on last year ({counts}; required a fall of ≥ {min} %)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="983"/>
        <source>giảm {change} so với năm trước ({counts}; yêu cầu ≥ {min} %)</source>
        <translation>down {change} on last year ({counts}; required ≥ {min} %)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="984"/>
        <source>tăng {change} so với năm trước ({counts}; yêu cầu giảm ≥ {min} %)</source>
        <translation>up {change} on last year ({counts}; required a fall of ≥ {min} %)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="985"/>
        <source>{count}/{base} = {percent} (yêu cầu dưới {max} %)</source>
        <translation>{count}/{base} = {percent} (required below {max} %)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="986"/>
        <source>{date} (trong khoảng {start}–{end})</source>
        <translation>{date} (within {start}–{end})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="987"/>
        <source>{date} (ngoài khoảng {start}–{end})</source>
        <translation>{date} (outside {start}–{end})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="988"/>
        <source>{level} (yêu cầu “{min}” trở lên)</source>
        <translation>{level} (required “{min}” or better)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="989"/>
        <source>tháng {month}/{year}</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="990"/>
        <source>năm {year}</source>
        <translation>the year {year}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="991"/>
        <source>{event} ({date} không thuộc {when})</source>
        <translation>{event} ({date} is not in {when})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="992"/>
        <source>đã tổ chức {held}/{planned} hoạt động</source>
        <translation>{held}/{planned} activities held</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="993"/>
        <source>chưa có: {events}</source>
        <translation>not yet held: {events}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="994"/>
        <source>sai thời gian: {events}</source>
        <translation>at the wrong time: {events}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="995"/>
        <source>Tiêu chí không có điều kiện đo được; Hội đồng đánh giá.</source>
        <translation>The criterion has no measurable condition; the council judges it.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="997"/>
        <source>Chưa thể lập tờ trình đề nghị công nhận vì:
{reasons}</source>
        <translation>The submission asking for recognition cannot be drawn up yet because:
{reasons}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="999"/>
        <source>Chưa thể lập tờ trình đề nghị công nhận vì:
{reasons}
Có thể lập: {offer}.</source>
        <translation>The submission asking for recognition cannot be drawn up yet because:
{reasons}
You can draw up: {offer}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1001"/>
        <source>báo cáo kết quả thực hiện các tiêu chí (tiến độ)</source>
        <translation>the report on the criteria (progress)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1002"/>
        <source>báo cáo sơ kết 06 tháng</source>
        <translation>the six-month interim report</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1003"/>
        <source>Tiêu chí {criterion} ({title})</source>
        <translation>Criterion {criterion} ({title})</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1004"/>
        <source>{criterion} được Hội đồng đánh giá Không đạt.</source>
        <translation>{criterion} was judged Not met by the council.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1005"/>
        <source>{criterion} đang thực hiện, chưa có kết luận Đạt.</source>
        <translation>{criterion} is in progress, not yet decided Met.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1006"/>
        <source>{criterion} chưa được đánh giá.</source>
        <translation>{criterion} has not been assessed.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1007"/>
        <source>{criterion} được kết luận Đạt nhưng số liệu cho thấy chưa đạt ({reason}).</source>
        <translation>{criterion} was decided Met but its figures say it is not ({reason}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1009"/>
        <source>{criterion} được kết luận Đạt nhưng chưa có tài liệu minh chứng và {problem}.</source>
        <translation>{criterion} was decided Met but has no evidence document, and {problem}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1011"/>
        <source>Biểu quyết tại cuộc họp xét chỉ có {agreed}/{present} thành viên có mặt tán thành, chưa quá một nửa.</source>
        <translation>At the council&apos;s meeting only {agreed}/{present} members present voted in favour, not more than half.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1014"/>
        <source>chưa có giải trình</source>
        <translation>there is no explanation</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1015"/>
        <source>giải trình dẫn chiếu chính các văn bản của hồ sơ này (biên bản họp xét, báo cáo, tờ trình)</source>
        <translation>the explanation refers to this dossier&apos;s own documents (the meeting minutes, the report, the submission)</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1017"/>
        <source>giải trình quá ngắn (dưới {words} từ), chưa nói căn cứ xác định kết quả</source>
        <translation>the explanation is too short (under {words} words) to say what the result rests on</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1020"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1021"/>
        <source>Lưu ý</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1022"/>
        <source>Tờ trình</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1023"/>
        <source>Báo cáo kết quả</source>
        <translation>Results report</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1024"/>
        <source>Biên bản họp</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1025"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1026"/>
        <source>Báo cáo sơ kết 06 tháng</source>
        <translation>Six-month interim report</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1027"/>
        <source>Tiêu chí {criterion} được kết luận Không đạt nhưng số liệu cho thấy đã đạt ({reason}).</source>
        <translation>Criterion {criterion} was decided Not met but its figures say it is met ({reason}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1029"/>
        <source>Tiêu chí {criterion} được kết luận Đạt nhưng chưa nhập đủ số liệu ({reason}).</source>
        <translation>Criterion {criterion} was decided Met but its figures are not all entered ({reason}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1031"/>
        <source>Tiêu chí {criterion} được kết luận Đạt nhưng chưa ghi kết quả thực hiện.</source>
        <translation>Criterion {criterion} was decided Met but its result is not written.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1033"/>
        <source>Tiêu chí {criterion} không có tài liệu minh chứng, chỉ có giải trình; nơi thẩm định có thể yêu cầu bổ sung.</source>
        <translation>Criterion {criterion} has no evidence document, only an explanation; the reviewers may ask for more.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1036"/>
        <source>Tài liệu “{document}” chưa gắn với tiêu chí nào nên không có trong danh mục minh chứng.</source>
        <translation>The document “{document}” is not linked to any criterion, so it is not in the list of evidence.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1038"/>
        <source>Tài liệu “{document}” (tiêu chí {criteria}) chưa có ngày ban hành.</source>
        <translation>The document “{document}” (criteria {criteria}) has no date of issue.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1040"/>
        <source>Tài liệu “{document}” (tiêu chí {criteria}) ban hành ngày {date}, ngoài năm {year} (kết quả năm trước: kiểm tra lại có phù hợp không).</source>
        <translation>The document “{document}” (criteria {criteria}) was issued on {date}, outside {year} (last year&apos;s result: check that it fits).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1043"/>
        <source>Tài liệu “{document}” (tiêu chí {criteria}) ban hành ngày {date}, ngoài năm {year}.</source>
        <translation>The document “{document}” (criteria {criteria}) was issued on {date}, outside {year}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1045"/>
        <source>Tài liệu “{document}” ghi ngày ban hành {date}, sau ngày hôm nay.</source>
        <translation>The document “{document}” gives {date} as its date of issue, after today.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1047"/>
        <source>Tài liệu “{document}” (tiêu chí {criteria}) chưa có số, ký hiệu.</source>
        <translation>The document “{document}” (criteria {criteria}) has no number and reference.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1049"/>
        <source>Tài liệu “{document}” (tiêu chí {criteria}) chưa có cơ quan ban hành.</source>
        <translation>The document “{document}” (criteria {criteria}) has no issuing body.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1051"/>
        <source>Chưa có danh sách thành viên Hội đồng (biên bản không ghi được thành phần).</source>
        <translation>There is no list of council members (the minutes cannot say who attended).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1053"/>
        <source>Hội đồng chưa có {role} (người ký biên bản).</source>
        <translation>The council has no {role} (who signs the minutes).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1054"/>
        <source>Người chủ trì cuộc họp “{name}” không có trong danh sách Hội đồng.</source>
        <translation>The meeting&apos;s chair “{name}” is not in the council list.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1056"/>
        <source>Thư ký cuộc họp “{name}” không có trong danh sách Hội đồng.</source>
        <translation>The meeting&apos;s secretary “{name}” is not in the council list.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1058"/>
        <source>Biên bản chưa ghi kết quả biểu quyết (số tán thành): sẽ để trống để ghi tay.</source>
        <translation>The minutes do not give the vote (the number in favour): it will be left blank to fill in by hand.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1060"/>
        <source>Số phiếu biểu quyết ({agreed} tán thành, {against} không tán thành) nhiều hơn số thành viên có mặt ({present}).</source>
        <translation>The votes ({agreed} in favour, {against} against) are more than the members present ({present}).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1063"/>
        <source>Chỉ {agreed}/{present} thành viên có mặt tán thành: chưa quá một nửa.</source>
        <translation>Only {agreed}/{present} members present voted in favour: not more than half.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1065"/>
        <source>Cuộc họp chỉ có {present}/{total} thành viên Hội đồng có mặt.</source>
        <translation>Only {present}/{total} council members attended the meeting.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1067"/>
        <source>{document} chưa ban hành.</source>
        <translation>{document} not issued yet.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1068"/>
        <source>{document} chưa ban hành (chưa có số).</source>
        <translation>{document} not issued yet (no number).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1069"/>
        <source>{document} chưa ban hành (chưa có ngày).</source>
        <translation>{document} not issued yet (no date).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1070"/>
        <source>{document} chưa ban hành (chưa có số và ngày).</source>
        <translation>{document} not issued yet (no number and no date).</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1072"/>
        <source>{document} ghi ngày {date}, ngoài năm {year}.</source>
        <translation>{document} is dated {date}, outside {year}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1073"/>
        <source>{document} đã ban hành ({number}) nhưng hồ sơ hiện không còn đủ điều kiện cho văn bản này: {problem}</source>
        <translation>{document} was issued ({number}) but the dossier no longer allows this document: {problem}</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1076"/>
        <source>{document} đã ban hành ({number}, ngày {date}) nhưng hồ sơ đã thay đổi sau đó ({count} đoạn khác): hãy ban hành phiên bản mới.</source>
        <translation>{document} was issued ({number}, on {date}) but the dossier has changed since ({count} passages differ): issue a new version.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1079"/>
        <source>Số văn bản không theo thứ tự: {later} số {later_number} ngày {later_date} đứng sau {earlier} số {earlier_number} ngày {earlier_date}.</source>
        <translation>Document numbers out of order: {later} number {later_number} of {later_date} comes after {earlier} number {earlier_number} of {earlier_date}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1082"/>
        <source>Tờ trình ngày {date} trước cuộc họp xét ngày {meeting} mà nó dẫn làm căn cứ.</source>
        <translation>The submission dated {date} comes before the council&apos;s meeting of {meeting} that it cites.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1084"/>
        <source>Tờ trình ngày {date} trước báo cáo ngày {report} mà nó gửi kèm.</source>
        <translation>The submission dated {date} comes before the report of {report} that it encloses.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1086"/>
        <source>Tờ trình ngày {date}, sau hạn nộp hồ sơ {due}.</source>
        <translation>The submission is dated {date}, after the dossier&apos;s deadline {due}.</translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1087"/>
        <source>Chưa ghi cơ quan xét công nhận (Kính gửi).</source>
        <translation>The recognising body (addressee) is not written.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../plandesk/gui/labels.py" line="49"/>
        <location filename="../plandesk/gui/models/rollup.py" line="25"/>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="49"/>
        <source>Không đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="18"/>
        <source>Gợi ý</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="20"/>
        <source>Gửi kế hoạch xây dựng xã điển hình</source>
        <translation>Send the commune&apos;s plan</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="44"/>
        <source>Tờ trình đề nghị công nhận</source>
        <translation>Submission letter (tờ trình)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="45"/>
        <source>Báo cáo kết quả (kèm danh mục minh chứng)</source>
        <translation>Report (with the evidence index)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="46"/>
        <source>Biên bản họp xét</source>
        <translation>Review meeting minutes</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="47"/>
        <source>Kế hoạch và bảng phân công</source>
        <translation>Plan and assignment table</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="48"/>
        <location filename="../plandesk/gui/labels.py" line="21"/>
        <source>Báo cáo sơ kết 6 tháng</source>
        <translation>Six-month report</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="49"/>
        <source>Danh mục tài liệu minh chứng</source>
        <translation>Evidence index</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="50"/>
        <source>Tập hồ sơ minh chứng (một tệp PDF)</source>
        <translation>Evidence bundle (one PDF)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="53"/>
        <source>Căn cứ (mỗi dòng một căn cứ)</source>
        <translation>Legal bases (one per line)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="54"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="55"/>
        <source>Đề nghị</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="56"/>
        <source>Đặc điểm tình hình</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="57"/>
        <source>Công tác triển khai</source>
        <translation>How it was organised</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="58"/>
        <source>Hạn chế, tồn tại</source>
        <translation>Shortcomings</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="59"/>
        <source>Đề xuất, kiến nghị</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="60"/>
        <source>Nội dung cuộc họp</source>
        <translation>Meeting content</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="61"/>
        <source>Ý kiến thảo luận</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="62"/>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="63"/>
        <source>Căn cứ</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="64"/>
        <source>Mục đích, yêu cầu</source>
        <translation>Purpose and requirements</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="65"/>
        <source>Tổ chức thực hiện</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="66"/>
        <source>Tình hình</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="67"/>
        <source>Phương hướng 6 tháng cuối năm</source>
        <translation>Plans for the second half</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="70"/>
        <source>Bắt đầu lúc (giờ:phút)</source>
        <translation>Starts at (hh:mm)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="71"/>
        <source>Kết thúc lúc</source>
        <translation>Ends at</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="72"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="73"/>
        <source>Vắng mặt (Họ tên (lý do); …)</source>
        <translation>Absent (Name (reason); …)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="74"/>
        <source>Số phiếu tán thành</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="75"/>
        <source>Số phiếu không tán thành</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="22"/>
        <source>Báo cáo năm và hồ sơ đề nghị công nhận</source>
        <translation>Annual report and recognition dossier</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="24"/>
        <source>Tất cả tiêu chí</source>
        <translation>All criteria</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="24"/>
        <source>Chưa đạt</source>
        <translation>Not met yet</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="25"/>
        <source>Chưa có minh chứng</source>
        <translation>Without evidence</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="25"/>
        <source>Kết luận khác gợi ý</source>
        <translation>Differs from suggestion</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="26"/>
        <source>Quá thời hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="26"/>
        <source>Được yêu cầu bổ sung</source>
        <translation>More evidence requested</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="28"/>
        <source>Số, ký hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="28"/>
        <source>Ngày ban hành</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="29"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="29"/>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="30"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="30"/>
        <source>Dùng cho tiêu chí</source>
        <translation>Used for</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="32"/>
        <source>Cơ quan xét công nhận (Kính gửi):</source>
        <translation>Approving body (addressee):</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="33"/>
        <source>Cơ quan cấp trên của cơ quan xét:</source>
        <translation>Parent of the approving body:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="34"/>
        <source>Cơ quan chủ quản (dòng trên tên Hội đồng):</source>
        <translation>Parent body (line above the council&apos;s name):</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="35"/>
        <source>Tên cơ quan ban hành văn bản:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="36"/>
        <source>Địa danh (ghi ở dòng ngày tháng):</source>
        <translation>Place (in the date line):</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="37"/>
        <source>Thẩm quyền ký (ví dụ TM. HỘI ĐỒNG):</source>
        <translation>Signing authority (e.g. TM. HỘI ĐỒNG):</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="38"/>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s position:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="39"/>
        <source>Họ và tên người ký:</source>
        <translation>Signer&apos;s name:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="40"/>
        <source>Kế hoạch của cấp trên mà hồ sơ thực hiện:</source>
        <translation>Higher-level plan this dossier answers:</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="42"/>
        <source>đã thực hiện</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="42"/>
        <source>tổng số</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="43"/>
        <source>năm trước</source>
        <translation>last year</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="43"/>
        <source>năm nay</source>
        <translation>this year</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="44"/>
        <source>số trường hợp</source>
        <translation>cases</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="50"/>
        <source>Thiếu minh chứng</source>
        <translation>Evidence missing</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="50"/>
        <source>Chưa kết luận</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="25"/>
        <source>KĐ</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="27"/>
        <source>Chưa</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="26"/>
        <source>Thiếu</source>
        <translation>Ev.?</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="32"/>
        <source>Mọi xã</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="33"/>
        <source>Xã đạt đủ tiêu chí</source>
        <translation>Communes meeting all criteria</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="34"/>
        <source>Xã chưa đạt đủ</source>
        <translation>Communes not meeting all</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../plandesk/gui/messages.py" line="68"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="69"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="70"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="71"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="72"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="86"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="111"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>spreadsheets</name>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="32"/>
        <source>Lưu bảng tính</source>
        <translation>Save spreadsheet</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="34"/>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="66"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="42"/>
        <source>Không ghi được %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="53"/>
        <source>Đã ghi %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="56"/>
        <source>Đang ghi bảng tính…</source>
        <translation>Writing the spreadsheet…</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="64"/>
        <source>Chọn bảng tính</source>
        <translation>Choose a spreadsheet</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="74"/>
        <source>Thay danh sách Hội đồng hiện tại bằng danh sách trong “%1”?</source>
        <translation>Replace the current council list with the list in “%1”?</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="92"/>
        <source>Đã nhập %1 dòng từ “%2”.</source>
        <translation>Imported %1 rows from “%2”.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="99"/>
        <source>“%1” có %2 lỗi; chưa nhập gì. Hãy sửa các dòng dưới đây rồi nhập lại.</source>
        <translation>“%1” has %2 errors; nothing was imported. Correct the rows below and import again.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="106"/>
        <source>Đang nhập bảng tính…</source>
        <translation>Importing the spreadsheet…</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../plandesk/gui/widgets.py" line="52"/>
        <source>“%1” không phải ngày. Gõ ngày/tháng/năm, ví dụ 05/10/2024, 5/10/2024 hoặc 05102024.</source>
        <translation>“%1” is not a date. Type day/month/year, e.g. 05/10/2024, 5/10/2024 or 05102024.</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/widgets.py" line="59"/>
        <source>Không có ngày %1 (ngày %2, tháng %3, năm %4).</source>
        <translation>There is no date %1 (day %2, month %3, year %4).</translation>
    </message>
    <message>
        <location filename="../plandesk/gui/widgets.py" line="63"/>
        <source>Năm %1 nằm ngoài khoảng 1900–2200.</source>
        <translation>The year %1 is outside 1900–2200.</translation>
    </message>
</context>
</TS>
