<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../plandesk/gui/about.py" line="37"/>
        <source>Giới thiệu PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="39"/>
        <source>Hồ sơ xây dựng xã điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="41"/>
        <source>Thư mục làm việc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="46"/>
        <source>Phông chữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="47"/>
        <source>toàn văn giấy phép trong resources/fonts/LICENSE-LiberationSerif.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="48"/>
        <source>Thư viện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="49"/>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="49"/>
        <source>Phiên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="50"/>
        <source>Giấy phép</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="51"/>
        <source>PlanDesk không kết nối Internet; mọi dữ liệu nằm trong thư mục làm việc trên máy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessActions</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="472"/>
        <source>Hồ &amp;sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="473"/>
        <source>&amp;Chốt hồ sơ để nộp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="475"/>
        <source>&amp;Mở lại hồ sơ đã chốt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="479"/>
        <source>Tài &amp;khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="480"/>
        <source>&amp;Tài khoản và đăng nhập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="481"/>
        <source>Đổi &amp;mật khẩu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="483"/>
        <source>Đăng nhập &amp;người khác…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="507"/>
        <source>Người dùng: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="527"/>
        <source>Hồ sơ đã được chốt để nộp (%1, %2): chỉ xem, không sửa được. Muốn sửa, lãnh đạo chọn Hồ sơ → Mở lại hồ sơ đã chốt và ghi lý do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="533"/>
        <source>Tài khoản của bạn chỉ được xem hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="560"/>
        <source>Đã đổi mật khẩu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="584"/>
        <source>Chốt hồ sơ để nộp? PlanDesk kiểm tra lại mọi tệp minh chứng và ghi mã kiểm tra của dữ liệu. Sau khi chốt, hồ sơ chỉ xem được; muốn sửa phải có lãnh đạo mở lại và ghi lý do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="587"/>
        <source>Lưu ý: %1 tiêu chí chưa có kết luận (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="594"/>
        <source>Chốt hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="598"/>
        <source>Đã chốt hồ sơ (%1 tài liệu minh chứng). Mã kiểm tra:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="603"/>
        <source>Đang kiểm tra minh chứng và chốt hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="149"/>
        <source>Tài khoản mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="149"/>
        <source>Sửa tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="152"/>
        <source>Tài khoản đầu tiên bật đăng nhập cho thư mục làm việc này và phải có vai trò Lãnh đạo. Bạn sẽ được đăng nhập bằng tài khoản này; hãy ghi nhớ mật khẩu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="159"/>
        <source>ví dụ: tam.tm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="161"/>
        <source>ví dụ: Trần Minh Tâm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="164"/>
        <source>&amp;Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="165"/>
        <source>&amp;Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="166"/>
        <source>&amp;Vai trò:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="170"/>
        <source>&amp;Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="171"/>
        <source>&amp;Nhập lại mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="173"/>
        <source>Cán bộ: sửa đánh giá và minh chứng. Lãnh đạo: thêm kết luận Đạt/Không đạt, chốt hồ sơ, quản lý tài khoản. Chỉ xem: không sửa được gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="183"/>
        <source>Hãy nhập tên đăng nhập.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="274"/>
        <source>Tài khoản và đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="281"/>
        <source>Tên đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="281"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="281"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="282"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="291"/>
        <source>&amp;Thêm tài khoản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="293"/>
        <source>&amp;Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="295"/>
        <source>Đặt &amp;mật khẩu mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="297"/>
        <source>&amp;Ngừng / cho dùng lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="299"/>
        <source>Tắt đăng &amp;nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="323"/>
        <source>Đăng nhập đang tắt: ai dùng máy này cũng sửa được hồ sơ. Để bật, thêm tài khoản Lãnh đạo đầu tiên; sau đó mỗi người phải đăng nhập và chỉ làm được việc theo vai trò của mình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="327"/>
        <source>Đăng nhập đang bật. Bạn đang dùng tài khoản %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="331"/>
        <source>đang dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="331"/>
        <source>ngừng dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="333"/>
        <source>, tạm khóa đến %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="347"/>
        <source>Hãy chọn một tài khoản trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="389"/>
        <source>Đã đặt mật khẩu mới cho %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="399"/>
        <source>Tắt đăng nhập? Sau đó ai dùng máy này cũng sửa được hồ sơ. Các tài khoản được giữ lại (ngừng dùng) và có thể bật lại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPicker</name>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="32"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="36"/>
        <source>Thời điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="36"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="36"/>
        <source>Kích thước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="50"/>
        <source>Trước khi khôi phục, PlanDesk giữ lại dữ liệu hiện tại trong thư mục backups/. Bản sao lưu “đầy đủ” có cả các tệp minh chứng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="54"/>
        <source>Chọn &amp;tệp khác…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="74"/>
        <source>Chọn bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="75"/>
        <source>Bản sao lưu PlanDesk (*.zip *.sqlite);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="85"/>
        <source>“-”: bản đã ban hành; “+”: hồ sơ hiện tại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionForm</name>
    <message>
        <location filename="../plandesk/gui/condition_form.py" line="64"/>
        <source>Tiêu chí này không có điều kiện đo được; Hội đồng đánh giá theo kết quả thực hiện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/condition_form.py" line="77"/>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/condition_form.py" line="77"/>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/condition_form.py" line="117"/>
        <source>ngày tổ chức:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilView</name>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="33"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="33"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="33"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="40"/>
        <source>Thành viên Hội đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="41"/>
        <source>&amp;Thêm thành viên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="43"/>
        <source>&amp;Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="45"/>
        <source>&amp;Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="47"/>
        <source>&amp;Nhập từ Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="49"/>
        <source>Xuất &amp;ra Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="60"/>
        <source>Danh sách dùng cho biên bản họp xét (có mặt, vắng mặt) và các khối chữ ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="128"/>
        <source>Xóa %1 khỏi danh sách Hội đồng?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="96"/>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="96"/>
        <source>Tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="96"/>
        <source>MC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="98"/>
        <source>Mã tiêu chí và kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="98"/>
        <source>Tên tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="100"/>
        <source>Số tài liệu minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="99"/>
        <source>Gợi ý tính từ số liệu (biểu tượng vòng tròn), khi khác kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="140"/>
        <source>Kết luận: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="142"/>
        <source>Cơ quan thẩm định yêu cầu bổ sung: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="146"/>
        <source>Gợi ý: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionView</name>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="138"/>
        <source>Nội dung tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="141"/>
        <source>Số liệu để đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="88"/>
        <source>Gợi ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="81"/>
        <source>Kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="97"/>
        <source>Kết quả thực hiện: nêu số liệu, văn bản, hoạt động cụ thể…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="83"/>
        <source>&amp;Kết luận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="93"/>
        <source>Thay đổi chưa được lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="98"/>
        <source>Kết quả thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="102"/>
        <source>Bắt buộc khi kết luận Đạt/Không đạt mà chưa có tài liệu minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="104"/>
        <source>Giải trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="109"/>
        <source>Kết &amp;quả thực hiện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="111"/>
        <source>&amp;Giải trình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="155"/>
        <source>Đơn vị chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="158"/>
        <source>Đơn vị phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="161"/>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="165"/>
        <source>Đơn vị &amp;chủ trì:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="166"/>
        <source>Đơn vị &amp;phối hợp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="167"/>
        <source>&amp;Thời hạn hoàn thành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="191"/>
        <source>Nội dung và số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="192"/>
        <source>Minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="193"/>
        <source>Phân công, thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="301"/>
        <source>Gợi ý: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="304"/>
        <source>Minh chứng (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="396"/>
        <source>Tiêu chí %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="173"/>
        <location filename="../plandesk/gui/criterion_view.py" line="194"/>
        <source>Ý kiến thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="180"/>
        <source>Nhận xét của cơ quan thẩm định (gửi lại cho xã bằng gói ý kiến)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="185"/>
        <source>Thẩm định:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="186"/>
        <source>Nhận xét:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="46"/>
        <source>Đạt %v/%m tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="48"/>
        <source>Theo nhóm tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="50"/>
        <source>Danh sách tiêu chí chưa có minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="51"/>
        <source>Danh sách tiêu chí có kết luận khác gợi ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="52"/>
        <source>Danh sách tiêu chí chưa đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="54"/>
        <source>Việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="54"/>
        <location filename="../plandesk/gui/dashboard.py" line="66"/>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="54"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="58"/>
        <source>Các mốc thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="61"/>
        <location filename="../plandesk/gui/dashboard.py" line="136"/>
        <source>Chưa có minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="62"/>
        <location filename="../plandesk/gui/dashboard.py" line="138"/>
        <source>Kết luận khác gợi ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="63"/>
        <location filename="../plandesk/gui/dashboard.py" line="140"/>
        <source>Chưa đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="114"/>
        <source>%1 — năm %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="128"/>
        <source>không đạt %1 · đang thực hiện %2 · chưa đánh giá %3 · chưa có minh chứng %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="146"/>
        <source>đã xong ngày %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="149"/>
        <source>quá hạn %1 ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="152"/>
        <source>còn %1 ngày</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../plandesk/gui/widgets.py" line="88"/>
        <source>ngày/tháng/năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/widgets.py" line="93"/>
        <source>Lịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/widgets.py" line="94"/>
        <location filename="../plandesk/gui/widgets.py" line="95"/>
        <source>Chọn ngày trên lịch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="111"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="142"/>
        <source>&amp;Văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="150"/>
        <source>Xuất &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="152"/>
        <source>Xuất &amp;DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="154"/>
        <source>Xuất &amp;tất cả (PDF, DOCX, Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="156"/>
        <source>Chọn thư &amp;mục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="158"/>
        <source>&amp;Mở thư mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="160"/>
        <source>&amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="189"/>
        <location filename="../plandesk/gui/documents_view.py" line="462"/>
        <source>Thư mục xuất: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="252"/>
        <source>Số và ngày của văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="255"/>
        <source>để trống: ghi tay sau khi vào sổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="261"/>
        <source>Số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="262"/>
        <source>Ngày ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="265"/>
        <source>Cuộc họp xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="271"/>
        <source>Ngày họp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="276"/>
        <source>Chủ trì và thư ký lấy từ danh sách Hội đồng (vai trò Chủ tịch, Thư ký); số phiếu để trống thì tính theo số thành viên có mặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="291"/>
        <source>Dùng lại văn bản tự động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="293"/>
        <source>Đã sửa theo ý người dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="294"/>
        <source>Văn bản tự động từ số liệu hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="398"/>
        <source>Đang dựng bản xem trước…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="416"/>
        <source>Xem trước: %1 trang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="425"/>
        <source>Không dựng được bản xem trước:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="494"/>
        <source>Đã xuất %1 tệp vào %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="458"/>
        <source>Chọn thư mục ghi văn bản xuất ra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="304"/>
        <source>Nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="306"/>
        <source>Mỗi dòng một nơi; “Lưu: VT” được thêm nếu thiếu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="497"/>
        <source>Chưa xuất %1 (hồ sơ chưa đủ điều kiện; xem màn hình Kiểm tra hồ sơ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="509"/>
        <source>%1

Vẫn xuất, bỏ các tài liệu đó ra (mục lục ghi rõ là thiếu)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="511"/>
        <source>Tệp minh chứng thiếu hoặc đã bị thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="516"/>
        <source>Chưa xuất được văn bản này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="518"/>
        <source>%1

Nếu tệp đang mở trong Word hoặc trình đọc PDF, hãy đóng tệp rồi thử lại. Chọn thư mục khác để lưu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="521"/>
        <source>Không ghi được văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="522"/>
        <source>Chọn thư mục khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="528"/>
        <source>… và %1 tệp khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="531"/>
        <source>Thư mục %1 đã có các tệp dưới đây, không phải do hồ sơ này xuất ra (có thể của hồ sơ xã khác hoặc năm khác). Ghi đè sẽ thay các tệp này:

%2

Ghi đè? Chọn “Không” rồi bấm “Chọn thư mục…” để xuất vào thư mục khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="535"/>
        <source>Thay các tệp đã có?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="537"/>
        <source>Đang xuất văn bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="553"/>
        <source>Không gửi được lệnh in (%1); tệp sẽ được mở để in bằng tay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierPicker</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="285"/>
        <source>Chọn hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="285"/>
        <location filename="../plandesk/gui/dialogs.py" line="328"/>
        <source>Chào mừng đến với PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="288"/>
        <source>Chọn hồ sơ để làm việc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="289"/>
        <source>Chưa có hồ sơ nào. Tạo hồ sơ xây dựng xã điển hình của xã mình, hoặc mở hồ sơ mẫu (xã Thanh Mỹ, năm 2024) để xem cách làm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="296"/>
        <source>%1 — năm %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="306"/>
        <source>&amp;Mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="308"/>
        <source>Hồ sơ &amp;năm sau từ hồ sơ này…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="310"/>
        <source>&amp;Tạo hồ sơ mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="312"/>
        <source>Mở hồ sơ &amp;mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="314"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="84"/>
        <source>Thông tin tài liệu minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="87"/>
        <source>ví dụ: 12/KH-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="95"/>
        <source>Tệp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="96"/>
        <source>&amp;Số, ký hiệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="97"/>
        <source>&amp;Ngày ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="98"/>
        <source>&amp;Cơ quan ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="99"/>
        <source>T&amp;rích yếu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="100"/>
        <source>&amp;Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="101"/>
        <source>Dùng cho tiêu chí:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="101"/>
        <source>(chưa gắn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="106"/>
        <source>Đọc được từ văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="108"/>
        <source>Số, ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="108"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="109"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="109"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="116"/>
        <source>Điền &amp;các giá trị đọc được vào ô</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="132"/>
        <source>Tiêu chí gợi ý (đánh dấu để gắn tài liệu vào)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../plandesk/gui/models/evidence.py" line="80"/>
        <source>Đọc tự động từ văn bản: hãy kiểm tra rồi bấm “Xác nhận thông tin đọc được”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/evidence.py" line="84"/>
        <source>(chưa gắn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="95"/>
        <source>Danh sách tài liệu minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="98"/>
        <source>Kéo thả tệp từ Explorer vào đây, hoặc bấm “Thêm tệp…”. Tệp trùng nội dung chỉ được liên kết, không chép lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="104"/>
        <source>&amp;Thêm tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="106"/>
        <source>&amp;Mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="108"/>
        <source>Sửa thông &amp;tin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="110"/>
        <source>Gắn với &amp;tiêu chí…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="112"/>
        <source>&amp;Bỏ khỏi tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="114"/>
        <source>&amp;Xóa tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="116"/>
        <source>&amp;Xác nhận thông tin đọc được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="117"/>
        <source>Số, ngày, cơ quan ban hành và trích yếu đã được đọc từ văn bản; bấm để xác nhận các tài liệu đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="120"/>
        <source>Nhận dạng chữ bản &amp;quét (OCR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="141"/>
        <source>Tìm trong nội dung tài liệu (gõ không dấu cũng được)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="143"/>
        <source>Tìm trong nội dung tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="238"/>
        <source>Không tìm thấy tài liệu nào có “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="239"/>
        <source>Không có đủ các từ tìm: thiếu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="259"/>
        <source>Chưa có chương trình nhận dạng chữ (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="262"/>
        <source>Không có bản quét nào cần nhận dạng chữ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="267"/>
        <source>Đã nhận dạng chữ %1/%2 bản quét.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="271"/>
        <source>Đang nhận dạng chữ các bản quét…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="295"/>
        <source>Chọn tệp minh chứng cho tiêu chí %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="293"/>
        <source>Tài liệu (*.pdf *.docx *.doc *.xlsx *.xls *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="374"/>
        <source>Bỏ %1 khỏi tiêu chí %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="384"/>
        <source>Tài liệu “%1” không còn dùng cho tiêu chí nào. Xóa hẳn tài liệu khỏi hồ sơ?
Chọn “Không” để giữ lại (xem ở thẻ Minh chứng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="397"/>
        <source>Tài liệu “%1” còn dùng cho tiêu chí %2; hãy bỏ liên kết trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="401"/>
        <source>Xóa hẳn %1 khỏi hồ sơ? Không thể hoàn tác.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../plandesk/gui/help.py" line="34"/>
        <source>Hướng dẫn sử dụng PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/help.py" line="39"/>
        <source>Hướng dẫn sử dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/help.py" line="42"/>
        <source>← &amp;Trở lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/help.py" line="46"/>
        <source>&amp;Mục lục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/help.py" line="73"/>
        <source>Không tìm thấy tệp hướng dẫn đi kèm PlanDesk; hãy cài đặt lại ứng dụng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../plandesk/gui/history_view.py" line="17"/>
        <source>Lịch sử thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/history_view.py" line="18"/>
        <source>Mọi thay đổi được ghi lại ở đây, mới nhất ở trên; không ai sửa hay xóa được các dòng này.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="141"/>
        <source>Nhập gói hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="148"/>
        <source>Hồ sơ này chưa có trong máy: sẽ được tạo mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="144"/>
        <source>Gói ý kiến thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="144"/>
        <source>Gói hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="145"/>
        <source>&lt;b&gt;%1&lt;/b&gt; của %2, năm %3 — tệp %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="149"/>
        <source>Hồ sơ này đã có trong máy: bản hiện tại được giữ lại trong lịch sử trước khi nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="150"/>
        <source>✓ Gói còn nguyên vẹn: PlanDesk đã kiểm tra từng tệp trong gói; trong máy chưa có gì thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="157"/>
        <source>Bộ tiêu chí: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="158"/>
        <source>Mã nộp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="160"/>
        <source>Chi tiết kỹ thuật của việc kiểm tra gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="163"/>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="211"/>
        <source>Chi &amp;tiết ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="169"/>
        <source>Sẽ nhập: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="170"/>
        <source>%1 mục %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="175"/>
        <source>Thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="175"/>
        <source>Quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="175"/>
        <source>Mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="185"/>
        <source>— chọn —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="186"/>
        <source>Giữ bản trong máy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="187"/>
        <source>Lấy bản trong gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="191"/>
        <source>Các thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="194"/>
        <source>&amp;Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="202"/>
        <source>Ý kiến thẩm định sẽ hiện bên cạnh từng tiêu chí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="211"/>
        <source>Chi &amp;tiết ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="216"/>
        <source>Còn %1 mục xung đột (đã sửa cả ở máy này và trong gói) cần quyết định.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueBar</name>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="103"/>
        <source>&amp;Ban hành…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="104"/>
        <source>Ghi số, ngày và lưu bản PDF, DOCX như đã ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="106"/>
        <source>Ban hành phiên bản &amp;mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="108"/>
        <source>Xem &amp;thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="140"/>
        <source>Chưa ban hành: bản xuất ra được dựng lại từ hồ sơ mỗi lần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="141"/>
        <source>Ban hành: ghi số, ngày và lưu bản PDF, DOCX đúng như khi ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="144"/>
        <source>Đã ban hành %1, ngày %2 (phiên bản %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="146"/>
        <source>Bản xuất ra (PDF, DOCX) là bản đã ban hành, lưu trong hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="148"/>
        <source>Hồ sơ hiện không còn đủ điều kiện cho văn bản này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="151"/>
        <source>Hồ sơ đã thay đổi sau khi ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="152"/>
        <source>Xem thay đổi, rồi ban hành phiên bản mới nếu cần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="154"/>
        <source>Giữ như đã ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="155"/>
        <source>Lịch sử hồ sơ bắt đầu sau ngày của văn bản nên không so sánh được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="157"/>
        <source>Khớp với hồ sơ hiện tại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="171"/>
        <source>Thay đổi sau khi ban hành: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="213"/>
        <source>Đang ban hành văn bản…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="43"/>
        <source>Ban hành phiên bản mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="43"/>
        <source>Ban hành văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="45"/>
        <source>ví dụ: 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="48"/>
        <source>%1 sẽ được ghi số, ngày và lưu bản PDF, DOCX đúng như khi ban hành; các lần xuất sau trả về đúng bản này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="52"/>
        <source>&amp;Số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="53"/>
        <source>&amp;Ngày ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="63"/>
        <source>Hãy nhập số và ngày ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="172"/>
        <source>Tài liệu dùng cho những tiêu chí nào</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="211"/>
        <source>Đang mở hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="122"/>
        <source>Tìm tiêu chí (gõ không dấu cũng được)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="124"/>
        <source>Tìm tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="129"/>
        <source>Lọc tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="134"/>
        <source>Danh sách tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="174"/>
        <source>Tổng quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="175"/>
        <source>Tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="176"/>
        <source>Minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="177"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="178"/>
        <source>Hội đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="179"/>
        <source>Thiết lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="180"/>
        <source>Lịch sử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="181"/>
        <source>Tổng hợp các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="201"/>
        <source>Cho phép sửa hồ sơ này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="866"/>
        <source>Thư mục làm việc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="878"/>
        <source>Đang lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="881"/>
        <source>Chưa lưu — xem dòng chữ đỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="884"/>
        <source>Đã lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="246"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="247"/>
        <source>Hồ sơ &amp;mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="248"/>
        <source>&amp;Mở hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="249"/>
        <source>Hồ sơ năm &amp;sau từ hồ sơ này…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="251"/>
        <source>&amp;Xuất gói hồ sơ (USB)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="253"/>
        <source>&amp;Nhập gói hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="255"/>
        <source>Xuất gói ý &amp;kiến thẩm định…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="257"/>
        <source>&amp;Sao lưu đầy đủ (ra USB, ổ khác)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="258"/>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="260"/>
        <source>Xem thư mục &amp;làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="262"/>
        <source>Mở thư mục làm việc &amp;khác…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="263"/>
        <source>&amp;Chuyển thư mục làm việc sang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="265"/>
        <source>&amp;Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="267"/>
        <source>Tiêu &amp;chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="268"/>
        <source>Tiêu chí &amp;trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="271"/>
        <source>Tiêu chí &amp;sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="274"/>
        <source>Đính &amp;kèm tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="276"/>
        <source>&amp;Tìm tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="278"/>
        <source>Nhập bảng &amp;phân công từ Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="280"/>
        <source>Xuất bảng phân công ra &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="282"/>
        <source>&amp;Xem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="286"/>
        <source>T&amp;rợ giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="287"/>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="289"/>
        <source>&amp;Giới thiệu PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="309"/>
        <source>Chưa sao lưu tự động được: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="363"/>
        <source>%1 — năm %2 — PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="382"/>
        <source>Đang xem hồ sơ %1 năm %2 để thẩm định: chỉ ghi được ý kiến thẩm định (Tiêu chí → Ý kiến thẩm định), rồi gửi lại xã bằng Tệp → Xuất gói ý kiến thẩm định.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="414"/>
        <source>Đang tạo hồ sơ mẫu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="603"/>
        <source>Đã ghi gói hồ sơ: %1
%2, %3%4.
Mã nộp: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="607"/>
        <source>Không đưa được vào gói:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="657"/>
        <source>Đã sao lưu vào %1 (%2, %3 tệp minh chứng, đã kiểm tra lại).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="891"/>
        <source>Chưa lưu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="604"/>
        <source>, mã hóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="608"/>
        <source>Xuất gói hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="610"/>
        <source>Đang ghi gói hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="626"/>
        <source>Đã ghi gói ý kiến thẩm định: %1
Gửi gói này cho %2; xã nhập gói để xem ý kiến bên cạnh từng tiêu chí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="629"/>
        <source>Xuất gói ý kiến thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="633"/>
        <source>Đang ghi gói ý kiến thẩm định…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="640"/>
        <source>Không thể %1 khi cơ sở dữ liệu nằm trên máy chủ dùng chung.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="642"/>
        <source>Cơ sở dữ liệu dùng chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="646"/>
        <source>sao lưu đầy đủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="648"/>
        <source>Chọn nơi ghi bản sao lưu (USB hoặc ổ đĩa khác)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="660"/>
        <source>Sao lưu đầy đủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="663"/>
        <source>Đang sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="666"/>
        <source>khôi phục từ bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="680"/>
        <source>Bản sao lưu do PlanDesk mới hơn tạo ra; hãy cập nhật PlanDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="683"/>
        <source>Khôi phục bản sao lưu này? Dữ liệu hiện tại được giữ lại trong thư mục backups/ trước khi khôi phục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="684"/>
        <location filename="../plandesk/gui/main_window.py" line="693"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="687"/>
        <source>Đang khôi phục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="691"/>
        <source>Đã khôi phục từ %1. Dữ liệu trước đó được giữ tại %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="676"/>
        <source>Đang kiểm tra bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="600"/>
        <source>%1 tài liệu minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="602"/>
        <source>, %1 văn bản PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="707"/>
        <source>Chọn gói hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="708"/>
        <source>Gói PlanDesk (*.plandesk *.plandesk.001);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="738"/>
        <source>Đang nhập gói hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="741"/>
        <source>%1 mục %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="743"/>
        <source>Đã nhập %1 năm %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="744"/>
        <source>Nhập gói hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="764"/>
        <source>Đang kiểm tra gói hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="778"/>
        <source>ổ USB (ổ di động)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="778"/>
        <source>ổ mạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="780"/>
        <source>Thư mục làm việc %1 đang ở trên %2. Nếu ổ bị rút ra hoặc mất kết nối khi đang ghi, hồ sơ có thể bị hỏng.

Chép sang máy này và làm việc trên bản sao? (Thư mục trên %2 được giữ nguyên.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="791"/>
        <source>Chọn thư mục làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="797"/>
        <source>chuyển thư mục làm việc (hãy chép thư mục minh chứng và database.txt bằng tay; dữ liệu vẫn ở máy chủ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="800"/>
        <source>Chọn thư mục trống để chuyển thư mục làm việc sang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="814"/>
        <source>Đã chuyển thư mục làm việc sang %1; thư mục cũ %2 được giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="820"/>
        <source>Đang chép thư mục làm việc…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="842"/>
        <source>Chưa đăng nhập nên thư mục làm việc chưa được mở.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="843"/>
        <location filename="../plandesk/gui/main_window.py" line="859"/>
        <source>Không mở được thư mục làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="862"/>
        <source>Đang mở thư mục làm việc…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="868"/>
        <source>dữ liệu dùng chung trên %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="198"/>
        <source>Thành viên Hội đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="202"/>
        <source>ví dụ: Trưởng Công an xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="208"/>
        <source>&amp;Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="209"/>
        <source>&amp;Chức vụ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="210"/>
        <source>&amp;Vai trò trong Hội đồng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="221"/>
        <source>Hãy nhập họ và tên.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDossierDialog</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="258"/>
        <source>Hãy nhập tên xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="262"/>
        <source>Không có bộ tiêu chí nào; hãy cài đặt lại ứng dụng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="9"/>
        <source>Tạo hồ sơ mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="15"/>
        <source>Nhập thông tin của xã và năm xây dựng xã điển hình. Có thể sửa lại sau ở thẻ Thiết lập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="24"/>
        <source>Tên &amp;xã:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="30"/>
        <source>ví dụ: Thanh Mỹ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="35"/>
        <source>&amp;Mã đơn vị hành chính:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="44"/>
        <source>&amp;Huyện (nếu có):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="50"/>
        <source>ví dụ: huyện Tháp Mười</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="55"/>
        <source>&amp;Tỉnh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="61"/>
        <source>ví dụ: tỉnh Đồng Tháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="66"/>
        <source>&amp;Cơ quan xét công nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="72"/>
        <source>ví dụ: Ban Chỉ đạo 138 huyện Tháp Mười</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="77"/>
        <source>&amp;Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="90"/>
        <source>&amp;Bộ tiêu chí:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="39"/>
        <source>Xuất gói hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="39"/>
        <source>Xuất gói ý kiến thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="41"/>
        <source>&amp;Chọn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="49"/>
        <source>Kèm các văn bản của hồ sơ (PDF: tờ trình, báo cáo, biên bản…) cho người không có PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="52"/>
        <source>&amp;Mã hóa bằng mật khẩu (nên dùng khi chép ra USB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="61"/>
        <source>&amp;Tệp gói:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="65"/>
        <source>Mật &amp;khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="66"/>
        <source>&amp;Nhập lại mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="67"/>
        <source>Báo mật khẩu cho nơi nhận bằng đường khác (điện thoại, gặp trực tiếp), không ghi cùng USB. Quên mật khẩu thì không mở được gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="81"/>
        <source>Lưu gói hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="82"/>
        <source>Gói PlanDesk (*.plandesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="88"/>
        <source>Hãy chọn nơi lưu gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="92"/>
        <source>Mật khẩu cần ít nhất %1 ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="95"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="115"/>
        <source>Mật khẩu của gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="116"/>
        <source>Sai mật khẩu. Nhập lại mật khẩu của gói “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="117"/>
        <source>Gói “%1” được mã hóa. Nhập mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="206"/>
        <source>Đổi mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="206"/>
        <source>Đặt mật khẩu mới cho %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="211"/>
        <source>Mật khẩu &amp;hiện tại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="213"/>
        <source>Mật khẩu &amp;mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="214"/>
        <source>&amp;Nhập lại mật khẩu mới:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightView</name>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="42"/>
        <source>Bấm “Kiểm tra” để xem những gì nơi thẩm định sẽ yêu cầu bổ sung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="46"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="46"/>
        <source>Mức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="49"/>
        <source>Kết quả kiểm tra hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="53"/>
        <source>&amp;Kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="55"/>
        <source>Đến &amp;chỗ cần sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="61"/>
        <source>Lỗi: nơi thẩm định sẽ trả hồ sơ; lưu ý: nên xem lại. Nhấp đúp một dòng để đến chỗ sửa. Chốt hồ sơ để nộp sẽ kiểm tra lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="76"/>
        <source>Đang kiểm tra hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="79"/>
        <source>Không kiểm tra được: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="95"/>
        <source>Tiêu chí %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="95"/>
        <source>Hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="112"/>
        <source>Không có lỗi: hồ sơ có thể trình. %1 lưu ý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="114"/>
        <source>%1 lỗi cần sửa trước khi trình, %2 lưu ý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="140"/>
        <source>Kiểm tra hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="186"/>
        <source>Kiểm tra hồ sơ trước khi trình thấy %1 lỗi (xem màn hình “Kiểm tra hồ sơ”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="188"/>
        <source>Vẫn chốt hồ sơ dù còn lỗi?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="240"/>
        <source>Mở lại hồ sơ đã chốt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="242"/>
        <source>Hồ sơ %1 đã được chốt để nộp. Ghi lý do mở lại (được lưu vào lịch sử thay đổi):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="247"/>
        <source>ví dụ: Bổ sung minh chứng theo yêu cầu của Ban Chỉ đạo huyện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="256"/>
        <source>Hãy ghi lý do mở lại hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollupModel</name>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="54"/>
        <source>Xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="56"/>
        <source>Huyện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="86"/>
        <source>minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollupView</name>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="44"/>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="46"/>
        <source>Huyện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="52"/>
        <source>Xuất &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="55"/>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="55"/>
        <source>Huyện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="56"/>
        <source>Kết quả:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="74"/>
        <source>Bảng tổng hợp các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="75"/>
        <source>Nhấn đúp hoặc Enter trên một xã để mở hồ sơ và ghi ý kiến thẩm định. ⚑: tiêu chí đã yêu cầu bổ sung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="109"/>
        <source>Chưa có hồ sơ nào. Nhập các gói hồ sơ của các xã (Tệp → Nhập gói hồ sơ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="135"/>
        <source>%1 xã; %2 xã đạt đủ %3 tiêu chí. Ô tiêu chí: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="138"/>
        <source>(%1 hồ sơ theo bộ tiêu chí khác không hiện ở đây.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="149"/>
        <source>Mọi huyện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="162"/>
        <source>Lưu bảng tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="164"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="172"/>
        <source>Đã ghi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="175"/>
        <source>Đang ghi bảng tổng hợp…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="47"/>
        <source>Văn bản của hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="55"/>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="58"/>
        <source>Tùy chọn của người dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="68"/>
        <source>ví dụ: Trần Minh Tâm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="71"/>
        <source>Lập hồ sơ của xã (Công an xã)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="72"/>
        <source>Thẩm định hồ sơ các xã (cơ quan xét công nhận)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="76"/>
        <source>&amp;Ngôn ngữ giao diện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="77"/>
        <source>&amp;Tên người sử dụng (ghi vào lịch sử):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="78"/>
        <source>&amp;Máy này dùng để:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="79"/>
        <source>Ngôn ngữ mới được áp dụng khi mở lại ứng dụng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="127"/>
        <source>đã xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="131"/>
        <source>Ngày xong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="71"/>
        <source>Đăng nhập PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="73"/>
        <source>Thư mục làm việc %1 yêu cầu đăng nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="78"/>
        <source>Tên đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="80"/>
        <source>Mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="81"/>
        <source>&amp;Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="82"/>
        <source>&amp;Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="88"/>
        <source>Đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="89"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="99"/>
        <source>Đang kiểm tra…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../plandesk/gui/tasks.py" line="187"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="357"/>
        <source>Tên người sử dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="358"/>
        <source>Mỗi thay đổi trong hồ sơ được ghi vào lịch sử kèm tên người làm. Hãy nhập họ và tên của bạn (sửa lại được ở Thiết lập).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="362"/>
        <source>ví dụ: Trần Minh Tâm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="363"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="365"/>
        <source>&amp;Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="368"/>
        <source>Để sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="378"/>
        <source>Hãy nhập họ và tên, hoặc bấm “Để sau”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="48"/>
        <source>Mật khẩu cần ít nhất %1 ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="50"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../plandesk/gui/application.py" line="68"/>
        <location filename="../plandesk/gui/application.py" line="89"/>
        <source>Không mở được thư mục làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="71"/>
        <source>%1

Khôi phục từ bản sao lưu mới nhất “%2”? Tệp hỏng được giữ lại trong thư mục backups/ để cứu dữ liệu nếu cần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="74"/>
        <source>Cơ sở dữ liệu bị hỏng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="86"/>
        <source>Không khôi phục được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="97"/>
        <source>Khôi phục cần mật khẩu lãnh đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="105"/>
        <source>&amp;Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="106"/>
        <source>&amp;Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="109"/>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="110"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="213"/>
        <source>Đã xảy ra lỗi không mong đợi. Những gì đã lưu không bị ảnh hưởng; hãy thử lại thao tác.
Chi tiết đã được ghi vào %1 — hãy gửi tệp này cho người hỗ trợ nếu lỗi lặp lại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attach</name>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="425"/>
        <source>Đã đính kèm %1 tệp cho tiêu chí %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="428"/>
        <source> (%1 tệp đã có trong hồ sơ: chỉ liên kết, không chép lại)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="431"/>
        <source>; đã dừng, %1 tệp chưa đính kèm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="444"/>
        <source>Đang đính kèm tệp minh chứng…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="38"/>
        <source>Đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="39"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="40"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="41"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../plandesk/domain/messages.py" line="32"/>
        <source>Cần đăng nhập để {permission}. Hãy đăng nhập bằng tài khoản được giao (trên dòng lệnh: --user TÊN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="35"/>
        <source>Tài khoản &apos;{account}&apos; (vai trò {role}) không được {permission}. Hãy nhờ người có quyền thực hiện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="38"/>
        <source>Hồ sơ đã được chốt để nộp (ngày {date}, {sealed_by}) nên không sửa được. Muốn sửa, lãnh đạo phải mở lại hồ sơ và ghi lý do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="41"/>
        <source>không rõ người chốt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="42"/>
        <source>xem hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="43"/>
        <source>sửa hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="44"/>
        <source>kết luận Đạt/Không đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="45"/>
        <source>chốt hoặc mở lại hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="46"/>
        <source>quản lý tài khoản và khôi phục dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="47"/>
        <source>Cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="48"/>
        <source>Lãnh đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="49"/>
        <source>Chỉ xem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="51"/>
        <source>Mật khẩu cần ít nhất {length} ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="52"/>
        <source>Mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="54"/>
        <source>Tên đăng nhập không được để trống hoặc chứa dấu cách (ví dụ: tam.tm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="56"/>
        <source>Tên đăng nhập dài quá {length} ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="57"/>
        <source>Đã có tài khoản &apos;{account}&apos;. Hãy chọn tên đăng nhập khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="58"/>
        <source>Tài khoản đầu tiên phải có vai trò Lãnh đạo, để luôn có người quản lý các tài khoản khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="60"/>
        <source>Chưa đăng nhập: không có mật khẩu nào để đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="61"/>
        <source>Mật khẩu hiện tại không đúng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="62"/>
        <source>Tên đăng nhập hoặc mật khẩu không đúng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="63"/>
        <source>Tên đăng nhập hoặc mật khẩu không đúng (còn {left} lần thử trước khi tài khoản bị tạm khóa {minutes} phút).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="66"/>
        <source>Mật khẩu không đúng. Tài khoản &apos;{account}&apos; bị tạm khóa {minutes} phút vì nhập sai {failures} lần liên tiếp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="69"/>
        <source>Tài khoản &apos;{account}&apos; đang tạm khóa đến {time} ngày {date} vì nhập sai mật khẩu nhiều lần. Hãy chờ, hoặc nhờ lãnh đạo đặt lại mật khẩu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="72"/>
        <source>Không có tài khoản số {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="73"/>
        <source>Phải còn ít nhất một tài khoản Lãnh đạo đang dùng để quản lý tài khoản. Muốn bỏ đăng nhập, hãy dùng &apos;Tắt đăng nhập&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="77"/>
        <source>&apos;{folder}&apos; là một tệp, không phải thư mục. Hãy chọn một thư mục làm việc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="79"/>
        <source>&apos;{file}&apos; không phải một tệp cơ sở dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="80"/>
        <source>Cơ sở dữ liệu &apos;{file}&apos; rỗng (0 byte) nhưng thư mục làm việc còn dữ liệu ({signs}): có thể do mất điện hoặc rút USB khi đang ghi. PlanDesk không tạo cơ sở dữ liệu trống ở đây, để không mất những gì còn lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="84"/>
        <source>Cơ sở dữ liệu &apos;{file}&apos; bị mất nhưng thư mục làm việc còn dữ liệu ({signs}): có thể do mất điện hoặc rút USB khi đang ghi. PlanDesk không tạo cơ sở dữ liệu trống ở đây, để không mất những gì còn lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="88"/>
        <source>{problem} Bản sao lưu tốt gần nhất: &apos;{backup}&apos;. Để khôi phục: &apos;plandesk restore TỆP --yes&apos; (tệp hỏng, nếu có, được giữ lại trong backups/); hoặc đóng PlanDesk, đổi tên tệp hỏng (và các tệp {database}-wal, {database}-shm nếu có) để giữ lại, rồi chép bản sao lưu đó vào thành &apos;{file}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="92"/>
        <source>{problem} Không có bản sao lưu tốt trong thư mục backups/; hãy khôi phục từ bản sao lưu đầy đủ (.zip) trên USB hoặc ổ đĩa khác (plandesk restore TỆP.zip --yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="95"/>
        <source>Cơ sở dữ liệu &apos;{file}&apos; được tạo bởi phiên bản PlanDesk mới hơn (lược đồ {revision}). Hãy cập nhật PlanDesk rồi mở lại; tệp không bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="98"/>
        <source>Cơ sở dữ liệu trên {server} được tạo bởi phiên bản PlanDesk mới hơn (lược đồ {revision}). Hãy cập nhật PlanDesk rồi mở lại; dữ liệu không bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="101"/>
        <source>Cơ sở dữ liệu &apos;{file}&apos; bị hỏng ({detail}). Tệp được giữ nguyên; hãy khôi phục từ thư mục backups/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="104"/>
        <source>Tệp &apos;{file}&apos; không phải cơ sở dữ liệu PlanDesk hoặc đã bị hỏng ({detail}). Tệp được giữ nguyên; hãy khôi phục từ thư mục backups/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="107"/>
        <source>Không mở được cơ sở dữ liệu &apos;{file}&apos;: {problem}. Tệp không bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="110"/>
        <source>Chưa đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="111"/>
        <source>Đang thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="112"/>
        <location filename="../plandesk/domain/messages.py" line="845"/>
        <source>Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="113"/>
        <location filename="../plandesk/domain/messages.py" line="846"/>
        <source>Không đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="114"/>
        <source>Tiêu chí {criterion} chưa có tài liệu minh chứng: để kết luận “{status}” hãy đính kèm tài liệu hoặc nhập giải trình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="117"/>
        <source>Không có hồ sơ số {dossier}. Xem danh sách bằng &apos;plandesk dossiers&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="119"/>
        <source>Không có thành viên số {member} trong hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="120"/>
        <source>Hãy nhập họ và tên thành viên Hội đồng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="121"/>
        <source>Chưa chốt được: {count} tệp minh chứng có vấn đề ({files}). Hãy chạy &apos;Kiểm tra dữ liệu&apos; và đính kèm lại các tệp đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="124"/>
        <source>Hồ sơ đã được chốt rồi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="125"/>
        <source>Hãy ghi lý do mở lại hồ sơ (ví dụ: bổ sung minh chứng theo yêu cầu thẩm định).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="127"/>
        <source>Hồ sơ chưa được chốt nên không cần mở lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="129"/>
        <source>Không tạo được tệp khóa &apos;{file}&apos;: {reason}. Hãy kiểm tra thư mục làm việc cho phép ghi (không phải thư mục chỉ đọc, ổ đĩa còn chỗ trống).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="132"/>
        <source>Không ghi được tệp khóa &apos;{file}&apos;: {reason}. Hãy kiểm tra thư mục làm việc cho phép ghi và ổ đĩa còn chỗ trống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="135"/>
        <source>Thư mục làm việc &apos;{folder}&apos; đang được {holder} sử dụng. Hai cửa sổ cùng ghi một thư mục sẽ ghi đè lên nhau, nên PlanDesk không mở lần thứ hai. Hãy dùng cửa sổ đang mở hoặc đóng nó rồi thử lại. Nếu chương trình đó đã tắt hẳn (mất điện, tắt máy), khóa tự hết hiệu lực; trên thư mục dùng chung qua mạng, khóa hết hiệu lực sau {hours} giờ không hoạt động.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="140"/>
        <source>{user} trên máy {host} (tiến trình {pid}, mở từ {time} ngày {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="142"/>
        <source>một chương trình PlanDesk khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="143"/>
        <source>một người dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="144"/>
        <source>(không rõ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="146"/>
        <source>Tệp bộ tiêu chí &apos;{file}&apos; không hợp lệ:
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="148"/>
        <source>Ổ đĩa chứa &apos;{folder}&apos; đã đầy. Hãy giải phóng chỗ trống (xóa tệp không cần, dọn thùng rác) hoặc chọn ổ đĩa khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="151"/>
        <source>Tệp quá lớn đối với ổ đĩa chứa &apos;{folder}&apos; (ổ USB định dạng FAT32 chỉ nhận tệp dưới 4 GiB). Hãy dùng ổ đĩa định dạng exFAT hoặc NTFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="154"/>
        <source>Không được phép ghi vào &apos;{folder}&apos; (thư mục chỉ đọc hoặc bị khóa). Hãy chọn thư mục khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="156"/>
        <source>Không ghi được vào &apos;{folder}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="158"/>
        <source>Không đọc được tệp &apos;{file}&apos;: {reason}. Hãy kiểm tra tệp còn tồn tại và không bị chương trình khác khóa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="161"/>
        <source>Không ghi được tệp minh chứng vào &apos;{folder}&apos;: {problem}; chưa nhập gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="163"/>
        <source>Không ghi được tệp minh chứng vào &apos;{folder}&apos;: {problem}; chưa đính kèm gì (hãy kiểm tra ổ đĩa còn chỗ trống và thư mục cho phép ghi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="166"/>
        <source>Không tìm thấy tệp &apos;{file}&apos;. Hãy kiểm tra đường dẫn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="167"/>
        <source>Tài liệu &apos;{document}&apos; không gắn với tiêu chí {criterion}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="168"/>
        <source>Tài liệu &apos;{document}&apos; còn được dùng cho tiêu chí {criteria}; hãy bỏ liên kết trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="170"/>
        <source>Tệp của tài liệu &apos;{document}&apos; không còn trong kho minh chứng; hãy chạy &apos;plandesk check&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="172"/>
        <source>Không có hồ sơ số {dossier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="173"/>
        <source>Không có tiêu chí &apos;{criterion}&apos; trong hồ sơ (mã có dạng I.1 … III.19).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="176"/>
        <source>Không tìm thấy tệp gói &apos;{file}&apos;. Hãy kiểm tra đường dẫn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="177"/>
        <source>Không đọc được tệp {package}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="178"/>
        <source>Gói {package} được mã hóa; hãy cung cấp mật khẩu (--passphrase-file TỆP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="180"/>
        <source>Sai mật khẩu cho gói {package}. Hãy kiểm tra lại mật khẩu (phân biệt chữ hoa, chữ thường và dấu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="183"/>
        <source>Gói mã hóa {package} bị hỏng (khối dữ liệu số {block} không khớp mã xác thực). Hãy chép lại gói từ nguồn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="186"/>
        <source>Gói mã hóa {package} bị hỏng hoặc bị cắt cụt (khối dữ liệu số {block} không khớp mã xác thực). Hãy chép lại gói từ nguồn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="189"/>
        <source>Tệp {package} không phải gói PlanDesk hoặc đã bị cắt cụt/hỏng (không đọc được mục lục ZIP). Hãy chép lại gói từ nguồn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="192"/>
        <source>Tệp {package} không phải gói PlanDesk hoặc đã bị cắt cụt/hỏng (quá ngắn). Hãy chép lại gói từ nguồn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="195"/>
        <source>Tệp {package} không phải gói PlanDesk (không bắt đầu như một tệp ZIP), hoặc đã bị hỏng hay bị chèn dữ liệu ở đầu. Hãy chép lại gói từ nguồn; chưa nhập gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="198"/>
        <source>Tệp {package} không kết thúc bằng mã kiểm tra toàn tệp của gói PlanDesk: gói bị cắt cụt, bị nối thêm dữ liệu, bị sửa, hoặc không phải gói do PlanDesk (phiên bản này) tạo. Hãy chép lại gói từ nguồn (hoặc đóng gói lại); chưa nhập gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="202"/>
        <source>Đã dừng theo yêu cầu; thư mục làm việc không thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="203"/>
        <source>Tệp {package} bị cắt cụt trong lúc đọc; hãy chép lại gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="205"/>
        <source>Gói {package} bị hỏng hoặc đã bị sửa: mã SHA-256 của toàn tệp không khớp mã ghi ở cuối gói. Hãy chép lại gói từ nguồn; chưa nhập gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="208"/>
        <source>Gói {package} thiếu bảng kê &apos;{manifest}&apos;: không phải gói PlanDesk hoặc đã bị hỏng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="210"/>
        <source>Gói {package} có mục thừa không có trong bảng kê: &apos;{entry}&apos;. Gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="212"/>
        <source>Gói {package} có mục thừa không có trong bảng kê: &apos;{entry}&apos; (và {others} mục khác). Gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="215"/>
        <source>Gói {package} thiếu mục &apos;{entry}&apos; (có trong bảng kê). Gói chưa chép đủ hoặc đã bị sửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="217"/>
        <source>Gói {package} thiếu mục &apos;{entry}&apos; (có trong bảng kê) và {others} mục khác. Gói chưa chép đủ hoặc đã bị sửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="220"/>
        <source>Mục &apos;{entry}&apos; trong gói {package} bị hỏng: mã SHA-256 không khớp bảng kê. Hãy chép lại gói từ nguồn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="223"/>
        <source>Mục &apos;{entry}&apos; trong gói {package} có {size} byte, bảng kê ghi {listed}: gói bị cắt cụt hoặc hỏng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="226"/>
        <source>Gói {package} có {count} mục (tối đa {limit}); gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="228"/>
        <source>Gói {package} có mục &apos;{entry}&apos; là liên kết tượng trưng (symlink); gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="230"/>
        <source>Mục &apos;{entry}&apos; trong gói {package} được mã hóa kiểu ZIP; PlanDesk không dùng kiểu này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="232"/>
        <source>Mục &apos;{entry}&apos; trong gói {package} dùng kiểu nén không hỗ trợ ({method}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="234"/>
        <source>Gói {package} có hai mục trùng tên &apos;{first}&apos; và &apos;{second}&apos; (trên Windows là một tệp). Gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="237"/>
        <source>Mục &apos;{entry}&apos; trong gói {package} nén với tỉ lệ bất thường ({size} byte từ {compressed} byte): nghi là bom ZIP, gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="240"/>
        <source>Gói {package} khai báo {size} byte khi giải nén (tối đa {limit}): nghi là bom ZIP, gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="243"/>
        <source>Mục &apos;{entry}&apos; trong gói {package}: kích thước trong ZIP ({size} byte) khác bảng kê ({listed} byte). Gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="246"/>
        <source>Mục &apos;{entry}&apos; trong gói {package} lớn hơn kích thước khai báo ({listed} byte): nghi là bom ZIP, gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="249"/>
        <source>Mục &apos;{entry}&apos; trong gói {package} bị hỏng ({detail}). Hãy chép lại gói từ nguồn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="251"/>
        <source>Không đọc được mục &apos;{entry}&apos; trong gói {package} ({reason}): gói bị hỏng hoặc ổ đĩa có lỗi. Hãy chép lại gói từ nguồn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="255"/>
        <source>Không đọc được tệp &apos;{file}&apos;: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="256"/>
        <source>Không tìm thấy tệp sao lưu &apos;{file}&apos;. Hãy kiểm tra đường dẫn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="257"/>
        <source>Tệp &apos;{file}&apos; không phải bản sao lưu PlanDesk. Hãy chọn tệp .zip do lệnh &apos;plandesk backup&apos; tạo, hoặc một tệp .sqlite trong thư mục backups/; không thay đổi gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="260"/>
        <source>Tệp &apos;{file}&apos; không phải bản sao lưu PlanDesk (thiếu mục lục {manifest}). Hãy chọn tệp .zip do lệnh &apos;plandesk backup&apos; tạo, hoặc một tệp .sqlite trong thư mục backups/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="263"/>
        <source>Tệp &apos;{file}&apos; không phải bản sao lưu PlanDesk hoặc đã bị hỏng (không đọc được dạng zip). Hãy dùng một bản sao lưu khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="266"/>
        <source>Bản sao lưu &apos;{file}&apos; bị hỏng ({reason}); không khôi phục gì. Hãy dùng một bản sao lưu khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="268"/>
        <source>mục lục không đọc được: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="269"/>
        <source>mục lục thiếu thông tin: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="270"/>
        <source>thiếu {count} mục, ví dụ {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="271"/>
        <source>cơ sở dữ liệu bên trong đã bị thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="272"/>
        <source>tệp minh chứng {file} đã bị thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="273"/>
        <source>Tệp &apos;{file}&apos; bị hỏng ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="274"/>
        <source>Tệp &apos;{file}&apos; không phải cơ sở dữ liệu PlanDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="275"/>
        <source>Bản sao lưu &apos;{file}&apos; có định dạng {format} của phiên bản PlanDesk khác. Hãy cập nhật PlanDesk rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="278"/>
        <source>Bản sao lưu &apos;{file}&apos; được tạo bởi phiên bản PlanDesk mới hơn (lược đồ {revision}). Hãy cập nhật PlanDesk rồi khôi phục; không thay đổi gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="281"/>
        <source>Bản sao lưu &apos;{file}&apos; có dữ liệu PlanDesk không đọc được: {problems}. Không khôi phục gì; hãy dùng một bản sao lưu khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="284"/>
        <source>{problem}; chưa sao lưu được cơ sở dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="285"/>
        <source>{problem}; chưa sao lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="286"/>
        <source>{problem}; bản sao lưu chưa được ghi (không để lại tệp dở dang).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="288"/>
        <source>{problem}; chưa khôi phục gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="289"/>
        <source>{problem} Dữ liệu hiện tại không thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="290"/>
        <source>Không giữ lại được dữ liệu hiện tại trước khi khôi phục: {problem} Chưa khôi phục gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="292"/>
        <source>Cơ sở dữ liệu &apos;{file}&apos; không bị hỏng; hãy mở thư mục làm việc rồi dùng &apos;plandesk restore&apos; (dữ liệu hiện tại sẽ được giữ lại trước khi khôi phục).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="297"/>
        <source>tên rỗng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="298"/>
        <source>tên không ở dạng chuẩn NFC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="299"/>
        <source>tên chứa dấu &apos;\&apos; (đường dẫn kiểu Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="300"/>
        <source>đường dẫn tuyệt đối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="301"/>
        <source>đường dẫn có ký tự ổ đĩa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="302"/>
        <source>là một thư mục (gói PlanDesk chỉ chứa tệp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="303"/>
        <source>đường dẫn dài {length} ký tự (tối đa {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="304"/>
        <source>đường dẫn chứa &apos;..&apos;, &apos;.&apos; hoặc &apos;//&apos; (có thể ghi ra ngoài thư mục)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="306"/>
        <source>tên &apos;{name}&apos; chứa ký tự Windows không cho phép (&lt; &gt; : &quot; | ? * hoặc ký tự điều khiển)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="308"/>
        <source>tên &apos;{name}&apos; kết thúc bằng dấu chấm hoặc khoảng trắng (Windows không cho phép)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="310"/>
        <source>tên &apos;{name}&apos; là tên thiết bị dành riêng của Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="312"/>
        <source>Không ghi được phần cuối của gói (bản ghi kết thúc ZIP không như mong đợi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="314"/>
        <source>Không phải một ZIP kết thúc bằng bản ghi kết thúc không có chú thích.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="316"/>
        <source>Không đóng gói được mục &apos;{entry}&apos;: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="317"/>
        <source>Hai mục trùng tên trong gói: &apos;{first}&apos; và &apos;{second}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="319"/>
        <source>Đã dừng theo yêu cầu; không có tệp nào được ghi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="321"/>
        <source>Tệp &apos;{file}&apos; của mục &apos;{entry}&apos; không còn đúng mã SHA-256 {expected} (hiện là {actual}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="323"/>
        <source>Thư mục &apos;{folder}&apos; không tồn tại; hãy chọn nơi lưu khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="325"/>
        <source>Không ghi được gói &apos;{file}&apos;: {reason}. Hãy kiểm tra ổ đĩa (USB) còn chỗ trống, không bị khóa ghi, rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="328"/>
        <source>Kích thước mỗi phần ({size} byte) quá nhỏ; tối thiểu {minimum} byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="330"/>
        <source>Gói cần {count} phần (tối đa 999); hãy chọn kích thước phần lớn hơn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="333"/>
        <source>phần {index}/{count} (&apos;{file}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="334"/>
        <source>Tệp {part} không phải một phần của gói PlanDesk hoặc phần đầu bị hỏng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="336"/>
        <source>Phần đầu của {part} bị hỏng (độ dài {length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="337"/>
        <source>Phần đầu của {part} bị hỏng; hãy chép lại tệp này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="338"/>
        <source>Không đọc được {part}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="339"/>
        <source>Phần đầu của {part} bị hỏng hoặc do phiên bản PlanDesk khác tạo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="341"/>
        <source>Phần đầu của {part} đã bị sửa (khác với cách PlanDesk ghi); hãy chép lại tệp này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="343"/>
        <source>Không tìm thấy gói &apos;{name}&apos; hay các phần &apos;{name}.001&apos;, &apos;{name}.002&apos;… trong &apos;{folder}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="345"/>
        <source>Thiếu {part}. Hãy chép đủ {count} phần vào cùng một thư mục rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="347"/>
        <source>Phần {index}/{count} (&apos;{file}&apos;) thuộc một gói khác (hoặc một lần đóng gói khác); hãy chép đúng các phần của cùng một lần đóng gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="350"/>
        <source>Phần {index}/{count} (&apos;{file}&apos;) có {size} byte dữ liệu, đúng ra là {expected}: tệp bị cắt cụt hoặc chép thiếu. Hãy chép lại phần này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="353"/>
        <source>Phần {index}/{count} (&apos;{file}&apos;) bị hỏng (mã SHA-256 không khớp). Hãy chép lại phần này từ nguồn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="357"/>
        <source>Mật khẩu rỗng; hãy nhập một mật khẩu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="358"/>
        <source>Gói {package} được mã hóa nhưng phần đầu bị cắt cụt hoặc hỏng; hãy chép lại gói từ nguồn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="360"/>
        <source>Phần đầu của gói mã hóa {package} bị hỏng; hãy chép lại gói từ nguồn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="362"/>
        <source>Gói mã hóa {package} dùng tham số không hỗ trợ (scrypt n=2^{log2_n}, r={r}, p={p}, khối {chunk}); có thể gói do phiên bản PlanDesk mới hơn tạo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="365"/>
        <source>Không tạo được khóa giải mã cho gói {package} ({detail}); máy thiếu bộ nhớ hoặc gói dùng tham số không hỗ trợ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="368"/>
        <source>Gói mã hóa {package} bị hỏng hoặc bị cắt cụt (khối dữ liệu số {block} thiếu mã xác thực). Hãy chép lại gói từ nguồn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="372"/>
        <source>Ổ đĩa chứa thư mục làm việc (&apos;{folder}&apos;) đã đầy, nên chưa kiểm tra xong được gói; gói không có lỗi gì vì chuyện này. Hãy giải phóng chỗ trống (gói cần khoảng bằng kích thước của nó) rồi nhập lại. Chưa nhập gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="376"/>
        <source>Ổ đĩa chứa thư mục làm việc (&apos;{folder}&apos;) không cho phép ghi, nên chưa kiểm tra xong được gói; gói không có lỗi gì vì chuyện này. Hãy kiểm tra thư mục làm việc cho phép ghi rồi nhập lại. Chưa nhập gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="379"/>
        <source>Ổ đĩa chứa thư mục làm việc (&apos;{folder}&apos;) có lỗi khi ghi ({reason}), nên chưa kiểm tra xong được gói; gói không có lỗi gì vì chuyện này. Hãy kiểm tra ổ đĩa rồi nhập lại. Chưa nhập gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="382"/>
        <source>Gói {package} có mục không an toàn &apos;{entry}&apos;: {problem}. Gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="384"/>
        <source>Bảng kê của gói {package} quá lớn ({size} byte); gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="386"/>
        <source>Bảng kê của gói {package} có đường dẫn không an toàn &apos;{entry}&apos;: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="388"/>
        <source>trùng tên bảng kê</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="389"/>
        <source>Bảng kê của gói {package} liệt kê &apos;{entry}&apos; hai lần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="391"/>
        <source>Dữ liệu &apos;{entry}&apos; của gói {package} quá lớn ({size} byte, tối đa {limit}); gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="393"/>
        <source>Bảng kê &apos;{entry}&apos; trong gói {package} bị hỏng ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="395"/>
        <source>Bảng kê &apos;{entry}&apos; trong gói {package} có kích thước khác khai báo; gói bị hỏng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="397"/>
        <source>Bảng kê &apos;{manifest}&apos; của gói không đọc được ({detail}); gói bị hỏng hoặc đã bị sửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="399"/>
        <source>Bảng kê &apos;{manifest}&apos; của gói không phải của PlanDesk (thiếu &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="401"/>
        <source>Bảng kê &apos;{manifest}&apos; của gói có phiên bản định dạng không hợp lệ ({version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="403"/>
        <source>Gói được tạo bởi phiên bản PlanDesk mới hơn (định dạng gói {version}, bản này đọc được đến {newest}; ứng dụng tạo gói: {writer}). Hãy cập nhật PlanDesk rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="406"/>
        <source>Bảng kê &apos;{manifest}&apos; của gói bị hỏng: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="407"/>
        <source>thiếu hoặc sai trường {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="408"/>
        <source>loại gói &apos;{kind}&apos; không biết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="409"/>
        <source>thiếu hoặc sai thông tin đơn vị (unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="410"/>
        <source>năm không hợp lệ ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="411"/>
        <source>thiếu danh sách tệp (files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="412"/>
        <source>tệp thứ {number} trong danh sách thiếu đường dẫn, kích thước hoặc mã SHA-256 hợp lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="414"/>
        <source>Bảng kê &apos;{manifest}&apos; của gói không liệt kê &apos;{entry}&apos; (dữ liệu chính của gói).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="416"/>
        <source>Dữ liệu &apos;{entry}&apos; trong gói không hợp lệ: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="418"/>
        <source>Không đóng gói được: tệp của tài liệu &apos;{document}&apos; {problem}. Hãy chạy &apos;plandesk check&apos; và đính kèm lại tệp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="421"/>
        <source>Không tìm thấy văn bản &apos;{file}&apos; để đưa vào gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="422"/>
        <source>Tên tệp &apos;{name}&apos; không dùng được trên Windows; hãy đặt tên khác (ví dụ &apos;{example}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="424"/>
        <source>Quyết định &apos;{value}&apos; cho &apos;{key}&apos; không hợp lệ; dùng &apos;{keep}&apos; (giữ bản tại máy) hoặc &apos;{take}&apos; (lấy bản trong gói).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="427"/>
        <source>Không có bản ghi &apos;{key}&apos; trong gói này; xem danh sách bằng &apos;plandesk unpack --dry-run&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="429"/>
        <source>có/không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="430"/>
        <source>Gói &apos;{package}&apos; có {count} bản ghi xung đột (đã sửa cả tại máy này và trong gói): {conflicts}. Chưa nhập gì. Hãy quyết định: --on-conflict {keep} (giữ bản tại máy) hoặc --on-conflict {take} (lấy bản trong gói), hoặc từng bản ghi bằng --resolve KHÓA={keep}|{take}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="434"/>
        <source>Không đọc được gói &apos;{file}&apos;: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="435"/>
        <source>Bảng kê của gói không khớp dữ liệu ({fields}); gói đã bị sửa hoặc hỏng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="437"/>
        <source>xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="438"/>
        <source>năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="439"/>
        <source>bộ tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="440"/>
        <source>phiên bản bộ tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="441"/>
        <source>Bộ tiêu chí mang theo trong gói không hợp lệ: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="443"/>
        <source>Bộ tiêu chí trong gói ({framework}) khác bộ tiêu chí hồ sơ khai báo ({declared}); gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="446"/>
        <source>Gói có tiêu chí {criteria} không thuộc bộ tiêu chí {framework} mà gói mang theo; gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="449"/>
        <source>Tài liệu &apos;{document}&apos; trỏ tới &apos;{entry}&apos;, không có trong gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="451"/>
        <source>Tài liệu &apos;{document}&apos;: mã SHA-256 hoặc kích thước trong dữ liệu khác tệp &apos;{entry}&apos; trong gói; gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="454"/>
        <source>Văn bản đã ban hành &apos;{document}&apos; phiên bản {version}: tệp &apos;{entry}&apos; không có trong gói hoặc khác mã SHA-256; gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="457"/>
        <source>Gói thẩm định dành cho {unit} năm {year} ({framework}), nhưng thư mục làm việc không có hồ sơ này. Hãy mở đúng thư mục làm việc của xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="460"/>
        <source>Gói thẩm định có tiêu chí {criteria} không có trong hồ sơ; gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="462"/>
        <source>Với các quyết định này, tiêu chí {criteria} không thuộc bộ tiêu chí của hồ sơ; hãy quyết định giống nhau cho bộ tiêu chí (&apos;ho_so&apos;) và các tiêu chí. Chưa nhập gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="465"/>
        <source>Tài liệu &apos;{document}&apos; gắn với tiêu chí {criteria}, tiêu chí này sẽ không còn trong hồ sơ với các quyết định đã chọn. Chưa nhập gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="468"/>
        <source>Tài liệu &apos;{document}&apos; gắn với tiêu chí {criterion}, tiêu chí này không còn trong hồ sơ sau khi nhập; hãy chọn lấy cả bộ tiêu chí trong gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="471"/>
        <source>Sau khi nhập, tiêu chí {criteria} không thuộc bộ tiêu chí {framework} của hồ sơ; hãy quyết định giống nhau cho bộ tiêu chí (&apos;ho_so&apos;) và các tiêu chí. Chưa nhập gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="474"/>
        <source>Không có phiên bản số {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="475"/>
        <source>tiêu chí {criterion}: số liệu &apos;{name}&apos; không có trong bộ tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="477"/>
        <source>tiêu chí {criterion}, số liệu &apos;{name}&apos;: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="478"/>
        <source>Dữ liệu &apos;dossier.json&apos; trong gói {package} không hợp lệ: {problems}. Gói bị từ chối; chưa nhập gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="481"/>
        <source>Tệp mật khẩu &apos;{file}&apos; rỗng; hãy ghi mật khẩu ở dòng đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="484"/>
        <source>ổ đĩa chứa &apos;{file}&apos; đã đầy (còn {free} KiB). Hãy giải phóng chỗ trống (xóa tệp không cần, dọn thùng rác) hoặc chuyển thư mục làm việc sang ổ đĩa khác, rồi thử lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="487"/>
        <source>không được phép ghi vào &apos;{file}&apos; (tệp hoặc ổ đĩa chỉ đọc, USB bị gạt khóa ghi, hoặc thiếu quyền). Hãy kiểm tra thư mục làm việc cho phép ghi (bỏ thuộc tính chỉ đọc) hoặc chọn thư mục khác, rồi thử lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="491"/>
        <source>không đọc/ghi được &apos;{file}&apos; (ổ đĩa bị rút ra, lỗi hoặc hết chỗ). Hãy kiểm tra ổ đĩa rồi thử lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="493"/>
        <source>Chưa ghi được: {problem}. Những gì đã lưu trước đó không thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="495"/>
        <source>Địa chỉ cơ sở dữ liệu &apos;{address}&apos; không hợp lệ. Dạng đúng: postgresql://người_dùng@máy_chủ:5432/tên_cơ_sở_dữ_liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="498"/>
        <source>PlanDesk chỉ dùng chung được cơ sở dữ liệu PostgreSQL (postgresql://…), không dùng được &apos;{address}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="501"/>
        <source>Địa chỉ &apos;{address}&apos; thiếu tên cơ sở dữ liệu (phần sau dấu / cuối, ví dụ …:5432/plandesk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="503"/>
        <source>máy chủ PostgreSQL &apos;{host}&apos;, cơ sở dữ liệu &apos;{database}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="504"/>
        <source>máy chủ PostgreSQL &apos;máy này{port}&apos;, cơ sở dữ liệu &apos;{database}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="506"/>
        <source>Bản cài đặt PlanDesk thiếu thư viện kết nối PostgreSQL (psycopg); hãy cài đặt lại ứng dụng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="508"/>
        <source>Máy khác đang sửa cùng dữ liệu trên {server} nên thao tác này phải chờ quá lâu và đã được hủy; chưa có gì được ghi. Hãy thử lại sau giây lát.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="511"/>
        <source>Máy khác vừa ghi cùng dữ liệu này trên {server}; thao tác chưa được ghi. Hãy thử lại: PlanDesk sẽ thấy những gì máy kia đã ghi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="514"/>
        <source>Mất kết nối tới {server}; thao tác chưa được ghi. Hãy kiểm tra mạng LAN và máy chủ rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="516"/>
        <source>Không mở được {server}: {problem}. Chưa thay đổi gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="518"/>
        <source>sai tên đăng nhập &apos;{user}&apos; hoặc mật khẩu. Hãy kiểm tra mật khẩu (trong tệp pgpass.conf của người dùng, biến PGPASSWORD, hoặc trong địa chỉ) với người quản trị máy chủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="521"/>
        <source>máy chủ chưa có cơ sở dữ liệu &apos;{database}&apos;. Hãy nhờ người quản trị tạo nó (createdb -O {owner} {database}) rồi mở lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="524"/>
        <source>TÊN_NGƯỜI_DÙNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="525"/>
        <source>máy chủ không có người dùng &apos;{user}&apos;. Hãy nhờ người quản trị tạo tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="527"/>
        <source>máy chủ không cho máy này kết nối (pg_hba.conf). Hãy nhờ người quản trị cho phép địa chỉ của máy này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="530"/>
        <source>người dùng này không có quyền trên cơ sở dữ liệu. Hãy nhờ người quản trị cấp quyền (chủ sở hữu CSDL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="533"/>
        <source>không kết nối được tới máy chủ. Hãy kiểm tra máy chủ đã bật, PostgreSQL đang chạy, địa chỉ và cổng đúng, và mạng LAN thông suốt, rồi thử lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="536"/>
        <source>máy chủ báo lỗi: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="537"/>
        <source>Cơ sở dữ liệu có nhiều phiên bản lược đồ cùng lúc ({revisions}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="539"/>
        <source>Trên {server} đã có các bảng không phải của PlanDesk ({tables}). PlanDesk không ghi vào đó; hãy dùng một cơ sở dữ liệu riêng, trống (createdb) cho PlanDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="542"/>
        <source>Bản cài đặt PlanDesk thiếu các bước nâng cấp cơ sở dữ liệu ({folder}); hãy cài đặt lại ứng dụng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="546"/>
        <source>{count} tệp trong evidence/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="547"/>
        <source>{count} bản sao lưu trong backups/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="548"/>
        <source>tệp nhật ký &apos;{file}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="549"/>
        <source>tệp mốc nhật ký &apos;{file}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="550"/>
        <source>tệp khóa &apos;{file}&apos; của {holder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="551"/>
        <source>Tệp &apos;{file}&apos; là cơ sở dữ liệu của chương trình khác (các bảng {tables}), không phải của PlanDesk. PlanDesk không ghi vào đó; hãy chọn thư mục làm việc khác. Tệp được giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="554"/>
        <source>Không tạo được thư mục làm việc &apos;{folder}&apos;: {reason}. Hãy chọn thư mục khác bằng --data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="556"/>
        <source>Cơ sở dữ liệu trên {server} còn trống nhưng thư mục làm việc &apos;{folder}&apos; đã có {count} tệp minh chứng: có thể nhầm máy chủ hoặc tên cơ sở dữ liệu, hoặc dữ liệu trên máy chủ đã mất. PlanDesk không tạo cơ sở dữ liệu trống ở đây. Hãy kiểm tra địa chỉ, hoặc khôi phục cơ sở dữ liệu của máy chủ (pg_restore); muốn bắt đầu trên máy chủ mới, hãy dùng một thư mục làm việc mới. Chưa thay đổi gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="561"/>
        <source>Đã nâng cấp cơ sở dữ liệu trên {server} (lược đồ {before} → {after}). PlanDesk không sao lưu cơ sở dữ liệu trên máy chủ: bản sao lưu của máy chủ (pg_dump) là bản dùng để khôi phục nếu cần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="564"/>
        <source>Không mở được cơ sở dữ liệu &apos;{file}&apos;: {detail}. Tệp có thể bị hỏng; tệp được giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="566"/>
        <source>{problem} Hãy kiểm tra ổ đĩa còn chỗ trống và thư mục cho phép ghi, rồi thử lại; nếu vẫn lỗi, khôi phục từ thư mục backups/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="570"/>
        <source>Đường dẫn &apos;{path}&apos; quá dài: {length} ký tự{with_names}, vượt giới hạn {limit} ký tự của Windows (Windows Explorer, Word và nhiều chương trình khác không mở được tệp như vậy). Chưa ghi gì. Hãy chọn thư mục có đường dẫn ngắn hơn{room} hoặc đặt tên ngắn hơn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="574"/>
        <source>, thêm tên các tệp PlanDesk ghi vào đó là {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="575"/>
        <source> (tối đa {room} ký tự, ví dụ D:\PlanDesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="576"/>
        <source>Thư mục &apos;{folder}&apos; không trống; hãy chọn một thư mục trống.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="578"/>
        <source>Thư mục mới không được nằm trong thư mục làm việc hiện tại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="579"/>
        <source>Bản sao cơ sở dữ liệu không toàn vẹn; chưa chuyển.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="580"/>
        <source>Đã hủy; thư mục làm việc không thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="581"/>
        <source>Tệp minh chứng &apos;{file}&apos; chép sang bị sai; chưa chuyển. Hãy kiểm tra ổ đĩa đích.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="583"/>
        <source>Không chép được sang &apos;{folder}&apos;: {reason}. Thư mục làm việc không thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="585"/>
        <source>không đọc được &apos;{file}&apos;: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="586"/>
        <source>tệp &apos;{file}&apos; bị hỏng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="587"/>
        <source>tệp &apos;{file}&apos; không phải tệp mốc của PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="588"/>
        <source>thư mục làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="589"/>
        <source>cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="590"/>
        <source>tệp &apos;{file}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="591"/>
        <source>kho minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="592"/>
        <source>thư mục sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="593"/>
        <source>thư mục bộ tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="594"/>
        <source>thư mục nhật ký lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="595"/>
        <source>Không ghi vào &apos;{path}&apos;: đó là {part} của thư mục làm việc &apos;{folder}&apos;, ghi vào đó sẽ làm hỏng hoặc lẫn với dữ liệu của PlanDesk. Hãy chọn nơi khác (ví dụ thư mục Tài liệu hoặc ổ USB); chưa ghi gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="598"/>
        <source>không đọc được ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="599"/>
        <source>nội dung đã bị thay đổi (mã băm hiện tại {digest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="601"/>
        <source>Mã băm không hợp lệ: {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="603"/>
        <source>Bản sao cơ sở dữ liệu &apos;{file}&apos; không toàn vẹn ({detail}); chưa lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="605"/>
        <source>Không mở được &apos;{file}&apos;: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="606"/>
        <source>Tệp &apos;{file}&apos; không phải cơ sở dữ liệu PlanDesk hoặc đã bị hỏng ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="608"/>
        <source>không mở được ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="609"/>
        <source>không đọc được ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="610"/>
        <source>bảng {table}, dòng {row}: {column} = {value} không phải số nguyên hợp lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="612"/>
        <source>bảng {table}, dòng {row}: {column} = {value} ngoài khoảng {low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="614"/>
        <source>bảng {table}, dòng {row}: {column} = {value} không phải ngày giờ hợp lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="616"/>
        <source>bảng {table}, dòng {row}: {column} = {value} không hợp lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="618"/>
        <source>bảng {table}, dòng {row}: {column} không đọc được ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="620"/>
        <source>hồ sơ dòng {row}, thiết lập {key}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="621"/>
        <source>hồ sơ dòng {row}: bộ tiêu chí không đọc được ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="623"/>
        <source>{kind}, không phải bảng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="624"/>
        <source>tiêu chí {criterion} (dòng {row}), số liệu {name}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="626"/>
        <source>không có trong bộ tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="627"/>
        <source>Thiếu {count} tệp minh chứng trong kho (ví dụ {example}); chưa sao lưu. Hãy chạy &apos;plandesk check&apos; để xem chi tiết.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="630"/>
        <source>Ổ đĩa chứa &apos;{folder}&apos; chỉ còn {free}, bản sao lưu cần khoảng {need}. Hãy giải phóng chỗ trống hoặc chọn ổ đĩa khác; chưa ghi gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="633"/>
        <source>Bản sao lưu &apos;{file}&apos; đọc lại không khớp; chưa lưu. Hãy thử lại hoặc chọn ổ đĩa khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="635"/>
        <source>Chưa sao lưu được cơ sở dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="636"/>
        <source>&apos;{folder}&apos; không phải thư mục. Hãy chọn một thư mục (ví dụ ổ USB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="638"/>
        <source>Không ghi được dữ liệu khôi phục vào &apos;{file}&apos;: {problem}. Dữ liệu hiện tại vẫn nguyên vẹn (và đã được giữ ở &apos;{aside}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="641"/>
        <source>bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="642"/>
        <source>không còn tài khoản lãnh đạo nào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="643"/>
        <source>Thư mục làm việc này bật đăng nhập: khôi phục cơ sở dữ liệu hỏng cần tên đăng nhập và mật khẩu của một tài khoản Lãnh đạo ({leaders}; theo {source}). Trên dòng lệnh: plandesk --user TÊN restore TỆP --yes (mật khẩu qua --password-file, PLANDESK_PASSWORD hoặc được hỏi). Chưa thay đổi gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="647"/>
        <source>Tên đăng nhập hoặc mật khẩu không đúng, hoặc &apos;{account}&apos; không phải tài khoản Lãnh đạo ({source}). Chưa thay đổi gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="650"/>
        <source>{problem} Cơ sở dữ liệu hỏng vẫn được giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="652"/>
        <source>Không thay được cơ sở dữ liệu hỏng trong &apos;{folder}&apos;: {reason}. Các tệp cũ (nếu đã chuyển) nằm ở &apos;{aside}&apos;; hãy giải phóng chỗ trống hoặc kiểm tra quyền ghi rồi thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="656"/>
        <source>Thư mục làm việc này đang dùng tệp cơ sở dữ liệu riêng; hãy chỉ định máy chủ bằng --database postgresql://… rồi chạy lại lệnh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="659"/>
        <source>Cơ sở dữ liệu nằm trên máy chủ PostgreSQL: PlanDesk không sao lưu hay khôi phục được nó. Hãy để người quản trị máy chủ sao lưu định kỳ bằng pg_dump (khôi phục bằng pg_restore), và chép thư mục minh chứng (evidence/) của thư mục làm việc dùng chung cùng lúc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="663"/>
        <source>Không thể {action}: {backups}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="664"/>
        <source>sao lưu cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="665"/>
        <source>sao lưu đầy đủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="666"/>
        <source>khôi phục từ bản sao lưu vào cơ sở dữ liệu dùng chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="667"/>
        <source>chuyển thư mục làm việc (hãy chép thư mục minh chứng và database.txt bằng tay; dữ liệu vẫn ở máy chủ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="671"/>
        <source>Dữ liệu &apos;{entry}&apos; trong gói không đọc được ({detail}); gói bị từ chối.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="673"/>
        <source>Dữ liệu &apos;{entry}&apos; trong gói không phải định dạng &apos;{format}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="675"/>
        <source>Dữ liệu &apos;{entry}&apos;: phiên bản định dạng không hợp lệ ({version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="677"/>
        <source>Dữ liệu &apos;{entry}&apos; theo định dạng {version}, mới hơn bản PlanDesk này (đọc được đến {newest}). Hãy cập nhật PlanDesk rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="680"/>
        <source>mục lục ghi kích thước tệp không hợp lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="681"/>
        <source>mã băm không hợp lệ {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="683"/>
        <source>{count} phần của gói: đủ, đúng thứ tự, đúng mã SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="684"/>
        <source>toàn bộ tệp gói: đúng mã SHA-256 ghi ở cuối gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="685"/>
        <source>giải mã AES-256-GCM: mọi khối đúng mã xác thực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="686"/>
        <source>toàn bộ tệp gói: mọi byte được xác thực khi giải mã (AES-256-GCM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="688"/>
        <source>{count} mục: tên an toàn trên Windows, không trùng, không symlink, không vượt giới hạn nén</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="690"/>
        <source>{count} tệp ({size} byte): đúng kích thước và mã SHA-256 trong bảng kê</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="692"/>
        <source>Bản sao lưu nằm cùng ổ đĩa với thư mục làm việc; hãy chép nó sang USB hoặc ổ đĩa khác (hoặc dùng --out) để phòng khi hỏng máy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="696"/>
        <source>mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="697"/>
        <source>cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="698"/>
        <source>không đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="699"/>
        <source>xung đột</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="700"/>
        <source>bộ tiêu chí và thiết lập văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="702"/>
        <source>tài liệu “{document}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="703"/>
        <source>thành viên Hội đồng {member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="704"/>
        <source>thời hạn “{deadline}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="705"/>
        <source>văn bản đã ban hành {document} phiên bản {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="706"/>
        <source>ý kiến thẩm định tiêu chí {criterion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="709"/>
        <source>&apos;{value}&apos; không phải là có/không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="710"/>
        <source>&apos;{value}&apos; không phải là số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="711"/>
        <source>số quá lớn (tối đa {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="712"/>
        <source>&apos;{value}&apos; không phải là số (nhập chữ số, ví dụ 12 hoặc 7,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="713"/>
        <source>&apos;{value}&apos; quá lớn (tối đa {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="714"/>
        <source>&apos;{value}&apos; không được âm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="715"/>
        <source>&apos;{value}&apos; phải là số nguyên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="716"/>
        <source>&apos;{value}&apos; không phải là ngày (nhập dạng 2024-03-15 hoặc 15/03/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="718"/>
        <source>&apos;{value}&apos; không phải là một mức của thang: {levels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="719"/>
        <source>&apos;{value}&apos; không phải là một mức của thang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="720"/>
        <source>mức tối thiểu &apos;{level}&apos; không có trong thang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="721"/>
        <source>không tìm thấy thang đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="722"/>
        <source>số đã thực hiện ({counted}) lớn hơn tổng số ({total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="723"/>
        <source>số trường hợp ({counted}) lớn hơn tổng số ({total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="724"/>
        <source>điều kiện &apos;{condition}&apos; có loại &apos;{kind}&apos; mà phiên bản này chưa hỗ trợ (các loại: {kinds}); hãy cập nhật PlanDesk hoặc dùng bộ tiêu chí khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="728"/>
        <source>dài {length} ký tự, tối đa {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="729"/>
        <source>có một từ dài hơn {limit} ký tự liền nhau (không có dấu cách), văn bản không in được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="731"/>
        <source>không phải số nguyên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="732"/>
        <source>giá trị {value} ngoài khoảng {low}…{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="733"/>
        <source>giá trị quá lớn ngoài khoảng {low}…{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="734"/>
        <source>lồng nhau quá {depth} tầng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="735"/>
        <source>số {number} vượt giới hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="736"/>
        <source>giá trị {value} không hợp lệ trong JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="737"/>
        <source>số nguyên có {digits} chữ số vượt giới hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="738"/>
        <source>và {count} lỗi khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="739"/>
        <source>&apos;{value}&apos; không phải ngày có thật (nhập dạng 2024-10-05 hoặc 05/10/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="741"/>
        <source>năm {year} ngoài khoảng {low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="742"/>
        <source>không phải một bản ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="743"/>
        <source>giá trị {value} không phải chuỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="744"/>
        <source>giá trị {value} không phải danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="745"/>
        <source>{count} mục, tối đa {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="746"/>
        <source>giá trị {value} không phải bản ghi (khóa → giá trị)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="747"/>
        <source>{count} khóa, tối đa {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="748"/>
        <source>khóa không phải chuỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="749"/>
        <source>khóa quá dài hoặc có ký tự điều khiển</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="750"/>
        <source>{problem} (số người biểu quyết)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="752"/>
        <source>{field}: {problem}. Chưa lưu gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="753"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="754"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="755"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="756"/>
        <source>Cơ quan công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="757"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="758"/>
        <source>Giải trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="759"/>
        <source>Huyện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="760"/>
        <source>Tỉnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="761"/>
        <source>Khóa thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="762"/>
        <source>Kết quả thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="763"/>
        <source>Loại đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="764"/>
        <source>Lý do mở lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="765"/>
        <source>Mã đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="766"/>
        <source>Số, ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="767"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="768"/>
        <source>Tên mốc thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="769"/>
        <source>Tên tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="770"/>
        <source>Tên xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="771"/>
        <source>Ý kiến thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="772"/>
        <source>Đơn vị chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="773"/>
        <source>Đơn vị phối hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="774"/>
        <source>Ngày ban hành phải là một ngày hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="775"/>
        <source>kích thước {size} byte khác {attached} byte khi đính kèm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="776"/>
        <source>thiếu tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="777"/>
        <source>&apos;{file}&apos; ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="778"/>
        <source> và {count} tài liệu khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="779"/>
        <source>Chưa xuất văn bản: {count} tài liệu minh chứng thiếu tệp hoặc tệp đã bị thay đổi: {files}{more}. In ra sẽ không đúng hồ sơ. Hãy chạy &apos;plandesk check&apos; và đính kèm lại các tệp đó; muốn vẫn xuất và bỏ các tệp đó ra (ghi rõ trong mục lục), dùng --allow-missing (trong cửa sổ: chọn Vẫn xuất).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="783"/>
        <source>Chưa xuất hồ sơ minh chứng: {count} tài liệu minh chứng thiếu tệp hoặc tệp đã bị thay đổi: {files}{more}. In ra sẽ không đúng hồ sơ. Hãy chạy &apos;plandesk check&apos; và đính kèm lại các tệp đó; muốn vẫn xuất và bỏ các tệp đó ra (ghi rõ trong mục lục), dùng --allow-missing (trong cửa sổ: chọn Vẫn xuất).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="788"/>
        <source>Thư mục làm việc chưa có hồ sơ nào. Hãy tạo hồ sơ (hoặc chạy &apos;plandesk demo&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="790"/>
        <source>{dossier}: {unit} năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="791"/>
        <source>Thư mục làm việc có {count} hồ sơ; hãy chọn một bằng --dossier ({dossiers}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="793"/>
        <source>Hãy nhập tên xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="794"/>
        <source>Năm {year} không hợp lệ (từ 2000 đến 2100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="795"/>
        <source>không có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="796"/>
        <source>Không có bộ tiêu chí &apos;{framework}&apos; (đang có: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="797"/>
        <source>Không có bộ tiêu chí &apos;{framework}&apos; phiên bản {version} (đang có: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="799"/>
        <source>{unit} đã có hồ sơ năm {year} (số {dossier}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="800"/>
        <source>không có (tiêu chí này do Hội đồng đánh giá)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="801"/>
        <source>Tiêu chí {criterion} không có số liệu &apos;{name}&apos;. Các số liệu: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="803"/>
        <source>Tiêu chí {criterion}, số liệu &apos;{name}&apos;: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="804"/>
        <source>Không có tiêu chí &apos;{criterion}&apos; trong hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="805"/>
        <source>Không có thiết lập: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="806"/>
        <source>Thiết lập văn bản không hợp lệ — {problems}. Chưa lưu gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="807"/>
        <source>Không có mốc thời hạn &apos;{key}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="809"/>
        <source>Không có văn bản &apos;{document}&apos;; dùng một trong: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="811"/>
        <source>Văn bản &apos;{document}&apos; không xuất ra Excel; Excel có: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="812"/>
        <source>Văn bản &apos;{document}&apos; không có định dạng {format}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="813"/>
        <source>Định dạng &apos;{format}&apos; không hợp lệ; dùng pdf, docx hoặc xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="815"/>
        <source>Không ghi được tệp &apos;{file}&apos;: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="816"/>
        <source>Không ghi được tệp &apos;{file}&apos;: {reason}. Nếu tệp đang mở trong chương trình khác (trình đọc PDF, Word, Excel), hãy đóng nó rồi xuất lại; tệp cũ vẫn nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="819"/>
        <source>Hồ sơ minh chứng chỉ xuất ra PDF (--format pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="820"/>
        <source>Bộ lọc &apos;{filter}&apos; không hợp lệ; dùng: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="821"/>
        <source>Chưa có hồ sơ nào của năm {year} trong thư mục làm việc. Hãy nhập các gói hồ sơ bằng &apos;plandesk unpack&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="824"/>
        <source>Không có hồ sơ năm {year} theo bộ tiêu chí &apos;{framework}&apos; (đang có: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="826"/>
        <source>không có bộ tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="827"/>
        <source>Thư mục &apos;{folder}&apos; không tồn tại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="828"/>
        <source>Tệp báo cáo &apos;{file}&apos; phải có đuôi .pdf hoặc .docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="829"/>
        <source>Không ghi được &apos;{file}&apos;: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="830"/>
        <source>Không có văn bản đã ban hành số {number} trong hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="831"/>
        <source>Văn bản &apos;{document}&apos; không ban hành riêng được; ban hành một trong: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="833"/>
        <source>Ban hành {document} cần số và ngày ban hành (ví dụ: --number 12 --date {year}-10-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="835"/>
        <source>{document} đã được ban hành ({number}, ngày {date}); muốn ban hành lại hãy ban hành phiên bản mới (plandesk issue --new-version, hoặc nút “Ban hành phiên bản mới”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="838"/>
        <source>Chưa đọc được chữ của tài liệu số {number}; hãy thử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="839"/>
        <source>Không có tài liệu minh chứng số {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="840"/>
        <source>Không có tài liệu minh chứng số {number} trong hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="841"/>
        <source>Không mở được tệp &apos;{file}&apos; để nhận dạng chữ ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="842"/>
        <source>Trạng thái hồ sơ mẫu &apos;{state}&apos; không có; dùng một trong: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="847"/>
        <source>Chưa đủ số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="848"/>
        <source>Do Hội đồng đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="849"/>
        <source>Chưa thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="850"/>
        <source>Thẩm định: đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="851"/>
        <source>Yêu cầu bổ sung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="852"/>
        <source>Chủ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="853"/>
        <source>Phó Chủ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="854"/>
        <source>Thư ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="855"/>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="856"/>
        <source>Trạng thái &apos;{status}&apos; không hợp lệ; dùng một trong: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="857"/>
        <source>Vai trò &apos;{role}&apos; không hợp lệ; dùng một trong: {known} ({labels}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="859"/>
        <source>Không tìm thấy thư mục tài nguyên &apos;{folder}&apos; của PlanDesk; hãy cài đặt lại ứng dụng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="862"/>
        <source>Dòng {row}, cột {column} ({title}): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="863"/>
        <source>Dòng {row}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="864"/>
        <source>Tệp &apos;{file}&apos; có {count} lỗi; chưa nhập gì. Hãy sửa rồi nhập lại:
{errors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="866"/>
        <source>… và {count} lỗi khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="867"/>
        <source>&apos;{value}&apos; không phải ngày hợp lệ (dạng 30/09/2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="868"/>
        <source>Không tìm thấy tệp &apos;{file}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="869"/>
        <source>Không đọc được &apos;{file}&apos; như một tệp Excel (.xlsx): {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="870"/>
        <source>Tệp &apos;{file}&apos; không có dòng tiêu đề với các cột: {columns} (hãy dùng tệp do PlanDesk xuất ra làm mẫu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="873"/>
        <source>Tệp &apos;{file}&apos; có quá nhiều dòng (tối đa {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="874"/>
        <source>thiếu họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="875"/>
        <source>&apos;{name}&apos; trùng với dòng {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="876"/>
        <source>&apos;{role}&apos; không hợp lệ; dùng một trong: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="877"/>
        <source>Hội đồng chỉ có một {role} (đã có ở dòng {row})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="878"/>
        <source>tệp không có thành viên nào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="879"/>
        <source>thiếu mã tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="880"/>
        <source>không có tiêu chí &apos;{criterion}&apos; trong hồ sơ (mã có dạng I.1 … III.19)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="882"/>
        <source>tiêu chí {criterion} trùng với dòng {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="883"/>
        <source>thiếu đơn vị chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="884"/>
        <source>tệp không có dòng phân công nào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="886"/>
        <source>Không đọc được tệp mật khẩu &apos;{file}&apos;: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="887"/>
        <source>Cần mật khẩu: dùng --password-file TỆP (hoặc biến môi trường PLANDESK_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="889"/>
        <source>Thư mục làm việc này yêu cầu đăng nhập: thêm --user TÊN_ĐĂNG_NHẬP (mật khẩu qua --password-file hoặc được hỏi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="892"/>
        <source>Hai lần nhập mật khẩu không giống nhau; chưa thay đổi gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="893"/>
        <source>Không có tài khoản &apos;{account}&apos;. Xem danh sách: plandesk accounts list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="895"/>
        <source>&apos;{value}&apos; không phải ngày dạng YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="896"/>
        <source>--value &apos;{item}&apos; phải có dạng NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="897"/>
        <source>&apos;{pair}&apos; không hợp lệ; dùng KEY=VALUE với KEY là một trong: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="899"/>
        <source>&apos;{key}&apos; cần khóa con, ví dụ {key}.to_trinh=...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="900"/>
        <source>&apos;{value}&apos; không phải kích thước (ví dụ 4G, 700M, 100000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="901"/>
        <source>--resolve &apos;{item}&apos; phải có dạng KHÓA={keep} hoặc KHÓA={take}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="902"/>
        <source>hồ sơ số {dossier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="904"/>
        <source>thang &apos;{scale}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="905"/>
        <source>nhóm {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="701"/>
        <location filename="../plandesk/domain/messages.py" line="906"/>
        <source>tiêu chí {criterion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="907"/>
        <source>{where}, điều kiện &apos;{condition}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="908"/>
        <source>nhóm thứ {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="909"/>
        <source>tiêu chí thứ {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="910"/>
        <source>migrations thứ {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="911"/>
        <source>nguồn thứ {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="912"/>
        <source>{where}, điều kiện thứ {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="913"/>
        <source>{where}, sự kiện thứ {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="914"/>
        <source>thiếu trường &apos;{field}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="915"/>
        <source>trường &apos;{field}&apos; phải là một chuỗi không rỗng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="916"/>
        <source>trường &apos;{field}&apos; phải là số nguyên (đang là {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="918"/>
        <source>trường &apos;{field}&apos; phải là số (đang là {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="919"/>
        <source>trường &apos;{field}&apos; = {value} nằm ngoài khoảng cho phép {low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="921"/>
        <source>trường &apos;{field}&apos; phải là true hoặc false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="922"/>
        <source>phải là một bảng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="923"/>
        <source>định dạng tệp phiên bản {format} mới hơn phiên bản PlanDesk này hiểu ({version}); hãy cập nhật PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="926"/>
        <source>trường &apos;format&apos; phải là {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="927"/>
        <source>trường &apos;id&apos; = &apos;{id}&apos; chỉ được gồm chữ thường không dấu, chữ số và &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="929"/>
        <source>phải là một bảng các thang đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="930"/>
        <source>trường &apos;levels&apos; phải là danh sách ít nhất 2 mức (từ cao xuống thấp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="932"/>
        <source>trường &apos;levels&apos; có mức bị trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="933"/>
        <source>thiếu danh sách nhóm tiêu chí [[groups]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="934"/>
        <source>mã nhóm &apos;{group}&apos; phải là số La Mã (I, II, III…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="935"/>
        <source>mã nhóm &apos;{group}&apos; bị trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="936"/>
        <source>thiếu danh sách tiêu chí [[criteria]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="937"/>
        <source>mã tiêu chí &apos;{criterion}&apos; phải có dạng NHÓM.SỐ, ví dụ III.14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="939"/>
        <source>mã tiêu chí &apos;{criterion}&apos; bị trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="940"/>
        <source>nhóm &apos;{group}&apos; không được khai báo trong [[groups]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="941"/>
        <source>khai báo {size} tiêu chí nhưng tệp có {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="942"/>
        <source>các tiêu chí phải đánh số liên tục từ 1 (đang có {numbers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="944"/>
        <source>phải là danh sách [[migrations]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="945"/>
        <source>trường &apos;map&apos; phải ánh xạ mã cũ sang mã mới (&quot;&quot; nếu bỏ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="946"/>
        <source>mã mới &apos;{new}&apos; (của &apos;{old}&apos;) không có trong bộ tiêu chí này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="948"/>
        <source>phải là danh sách [[sources]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="949"/>
        <source>trường &apos;date&apos; = &apos;{date}&apos; phải có dạng &quot;YYYY-MM-DD&quot; (một chuỗi, ví dụ &quot;2023-04-12&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="951"/>
        <source>trường &apos;each_year&apos; phải là một bảng { &quot;cụm từ trong văn bản&quot; = &quot;cụm từ với {token}&quot; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="953"/>
        <source>each_year: “{phrase}” phải ứng với một cụm từ có {token}, ví dụ &quot;Quý I/{token}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="955"/>
        <source>each_year: không có “{phrase}” trong nội dung tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="957"/>
        <source>trường &apos;conditions&apos; phải là danh sách [[criteria.conditions]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="959"/>
        <source>trường &apos;id&apos; chỉ được gồm chữ thường không dấu, chữ số và &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="961"/>
        <source>id điều kiện bị trùng trong tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="962"/>
        <source>loại điều kiện &apos;kind&apos; = {kind} không được hỗ trợ (các loại: {kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="964"/>
        <source>trường &apos;{field}&apos; phải có dạng &quot;MM-DD&quot; (ví dụ &quot;03-31&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="966"/>
        <source>ngày bắt đầu &apos;start&apos; phải trước ngày kết thúc &apos;end&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="967"/>
        <source>thang đánh giá &apos;scale&apos; = {scale} không được khai báo trong [scales]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="969"/>
        <source>mức tối thiểu &apos;min&apos; = {level} không có trong thang &apos;{scale}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="971"/>
        <source>cần danh sách sự kiện [[criteria.conditions.events]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="972"/>
        <source>id sự kiện &apos;{event}&apos; bị trùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="974"/>
        <source>chưa nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="975"/>
        <source>có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="976"/>
        <source>không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="977"/>
        <source>{count} (yêu cầu ≥ {min})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="978"/>
        <source>không có đối tượng thuộc diện (0/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="979"/>
        <source>{done}/{total} = {percent} (yêu cầu ≥ {min} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="980"/>
        <source>năm trước {previous}, năm nay {current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="981"/>
        <source>không có ({counts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="982"/>
        <source>tăng so với năm trước ({counts}; yêu cầu giảm ≥ {min} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="983"/>
        <source>giảm {change} so với năm trước ({counts}; yêu cầu ≥ {min} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="984"/>
        <source>tăng {change} so với năm trước ({counts}; yêu cầu giảm ≥ {min} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="985"/>
        <source>{count}/{base} = {percent} (yêu cầu dưới {max} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="986"/>
        <source>{date} (trong khoảng {start}–{end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="987"/>
        <source>{date} (ngoài khoảng {start}–{end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="988"/>
        <source>{level} (yêu cầu “{min}” trở lên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="989"/>
        <source>tháng {month}/{year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="990"/>
        <source>năm {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="991"/>
        <source>{event} ({date} không thuộc {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="992"/>
        <source>đã tổ chức {held}/{planned} hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="993"/>
        <source>chưa có: {events}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="994"/>
        <source>sai thời gian: {events}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="995"/>
        <source>Tiêu chí không có điều kiện đo được; Hội đồng đánh giá.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="997"/>
        <source>Chưa thể lập tờ trình đề nghị công nhận vì:
{reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="999"/>
        <source>Chưa thể lập tờ trình đề nghị công nhận vì:
{reasons}
Có thể lập: {offer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1001"/>
        <source>báo cáo kết quả thực hiện các tiêu chí (tiến độ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1002"/>
        <source>báo cáo sơ kết 06 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1003"/>
        <source>Tiêu chí {criterion} ({title})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1004"/>
        <source>{criterion} được Hội đồng đánh giá Không đạt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1005"/>
        <source>{criterion} đang thực hiện, chưa có kết luận Đạt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1006"/>
        <source>{criterion} chưa được đánh giá.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1007"/>
        <source>{criterion} được kết luận Đạt nhưng số liệu cho thấy chưa đạt ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1009"/>
        <source>{criterion} được kết luận Đạt nhưng chưa có tài liệu minh chứng và {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1011"/>
        <source>Biểu quyết tại cuộc họp xét chỉ có {agreed}/{present} thành viên có mặt tán thành, chưa quá một nửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1014"/>
        <source>chưa có giải trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1015"/>
        <source>giải trình dẫn chiếu chính các văn bản của hồ sơ này (biên bản họp xét, báo cáo, tờ trình)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1017"/>
        <source>giải trình quá ngắn (dưới {words} từ), chưa nói căn cứ xác định kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1020"/>
        <source>Lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1021"/>
        <source>Lưu ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1022"/>
        <source>Tờ trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1023"/>
        <source>Báo cáo kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1024"/>
        <source>Biên bản họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1025"/>
        <source>Kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1026"/>
        <source>Báo cáo sơ kết 06 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1027"/>
        <source>Tiêu chí {criterion} được kết luận Không đạt nhưng số liệu cho thấy đã đạt ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1029"/>
        <source>Tiêu chí {criterion} được kết luận Đạt nhưng chưa nhập đủ số liệu ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1031"/>
        <source>Tiêu chí {criterion} được kết luận Đạt nhưng chưa ghi kết quả thực hiện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1033"/>
        <source>Tiêu chí {criterion} không có tài liệu minh chứng, chỉ có giải trình; nơi thẩm định có thể yêu cầu bổ sung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1036"/>
        <source>Tài liệu “{document}” chưa gắn với tiêu chí nào nên không có trong danh mục minh chứng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1038"/>
        <source>Tài liệu “{document}” (tiêu chí {criteria}) chưa có ngày ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1040"/>
        <source>Tài liệu “{document}” (tiêu chí {criteria}) ban hành ngày {date}, ngoài năm {year} (kết quả năm trước: kiểm tra lại có phù hợp không).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1043"/>
        <source>Tài liệu “{document}” (tiêu chí {criteria}) ban hành ngày {date}, ngoài năm {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1045"/>
        <source>Tài liệu “{document}” ghi ngày ban hành {date}, sau ngày hôm nay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1047"/>
        <source>Tài liệu “{document}” (tiêu chí {criteria}) chưa có số, ký hiệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1049"/>
        <source>Tài liệu “{document}” (tiêu chí {criteria}) chưa có cơ quan ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1051"/>
        <source>Chưa có danh sách thành viên Hội đồng (biên bản không ghi được thành phần).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1053"/>
        <source>Hội đồng chưa có {role} (người ký biên bản).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1054"/>
        <source>Người chủ trì cuộc họp “{name}” không có trong danh sách Hội đồng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1056"/>
        <source>Thư ký cuộc họp “{name}” không có trong danh sách Hội đồng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1058"/>
        <source>Biên bản chưa ghi kết quả biểu quyết (số tán thành): sẽ để trống để ghi tay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1060"/>
        <source>Số phiếu biểu quyết ({agreed} tán thành, {against} không tán thành) nhiều hơn số thành viên có mặt ({present}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1063"/>
        <source>Chỉ {agreed}/{present} thành viên có mặt tán thành: chưa quá một nửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1065"/>
        <source>Cuộc họp chỉ có {present}/{total} thành viên Hội đồng có mặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1067"/>
        <source>{document} chưa ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1068"/>
        <source>{document} chưa ban hành (chưa có số).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1069"/>
        <source>{document} chưa ban hành (chưa có ngày).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1070"/>
        <source>{document} chưa ban hành (chưa có số và ngày).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1072"/>
        <source>{document} ghi ngày {date}, ngoài năm {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1073"/>
        <source>{document} đã ban hành ({number}) nhưng hồ sơ hiện không còn đủ điều kiện cho văn bản này: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1076"/>
        <source>{document} đã ban hành ({number}, ngày {date}) nhưng hồ sơ đã thay đổi sau đó ({count} đoạn khác): hãy ban hành phiên bản mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1079"/>
        <source>Số văn bản không theo thứ tự: {later} số {later_number} ngày {later_date} đứng sau {earlier} số {earlier_number} ngày {earlier_date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1082"/>
        <source>Tờ trình ngày {date} trước cuộc họp xét ngày {meeting} mà nó dẫn làm căn cứ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1084"/>
        <source>Tờ trình ngày {date} trước báo cáo ngày {report} mà nó gửi kèm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1086"/>
        <source>Tờ trình ngày {date}, sau hạn nộp hồ sơ {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/domain/messages.py" line="1087"/>
        <source>Chưa ghi cơ quan xét công nhận (Kính gửi).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../plandesk/gui/labels.py" line="49"/>
        <location filename="../plandesk/gui/models/rollup.py" line="25"/>
        <source>Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="49"/>
        <source>Không đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="18"/>
        <source>Gợi ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="20"/>
        <source>Gửi kế hoạch xây dựng xã điển hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="44"/>
        <source>Tờ trình đề nghị công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="45"/>
        <source>Báo cáo kết quả (kèm danh mục minh chứng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="46"/>
        <source>Biên bản họp xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="47"/>
        <source>Kế hoạch và bảng phân công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="48"/>
        <location filename="../plandesk/gui/labels.py" line="21"/>
        <source>Báo cáo sơ kết 6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="49"/>
        <source>Danh mục tài liệu minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="50"/>
        <source>Tập hồ sơ minh chứng (một tệp PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="53"/>
        <source>Căn cứ (mỗi dòng một căn cứ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="54"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="55"/>
        <source>Đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="56"/>
        <source>Đặc điểm tình hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="57"/>
        <source>Công tác triển khai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="58"/>
        <source>Hạn chế, tồn tại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="59"/>
        <source>Đề xuất, kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="60"/>
        <source>Nội dung cuộc họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="61"/>
        <source>Ý kiến thảo luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="62"/>
        <source>Kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="63"/>
        <source>Căn cứ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="64"/>
        <source>Mục đích, yêu cầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="65"/>
        <source>Tổ chức thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="66"/>
        <source>Tình hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="67"/>
        <source>Phương hướng 6 tháng cuối năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="70"/>
        <source>Bắt đầu lúc (giờ:phút)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="71"/>
        <source>Kết thúc lúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="72"/>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="73"/>
        <source>Vắng mặt (Họ tên (lý do); …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="74"/>
        <source>Số phiếu tán thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="75"/>
        <source>Số phiếu không tán thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="22"/>
        <source>Báo cáo năm và hồ sơ đề nghị công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="24"/>
        <source>Tất cả tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="24"/>
        <source>Chưa đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="25"/>
        <source>Chưa có minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="25"/>
        <source>Kết luận khác gợi ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="26"/>
        <source>Quá thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="26"/>
        <source>Được yêu cầu bổ sung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="28"/>
        <source>Số, ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="28"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="29"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="29"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="30"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="30"/>
        <source>Dùng cho tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="32"/>
        <source>Cơ quan xét công nhận (Kính gửi):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="33"/>
        <source>Cơ quan cấp trên của cơ quan xét:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="34"/>
        <source>Cơ quan chủ quản (dòng trên tên Hội đồng):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="35"/>
        <source>Tên cơ quan ban hành văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="36"/>
        <source>Địa danh (ghi ở dòng ngày tháng):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="37"/>
        <source>Thẩm quyền ký (ví dụ TM. HỘI ĐỒNG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="38"/>
        <source>Chức vụ người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="39"/>
        <source>Họ và tên người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="40"/>
        <source>Kế hoạch của cấp trên mà hồ sơ thực hiện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="42"/>
        <source>đã thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="42"/>
        <source>tổng số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="43"/>
        <source>năm trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="43"/>
        <source>năm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="44"/>
        <source>số trường hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="50"/>
        <source>Thiếu minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="50"/>
        <source>Chưa kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="25"/>
        <source>KĐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="27"/>
        <source>Chưa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="26"/>
        <source>Thiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="32"/>
        <source>Mọi xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="33"/>
        <source>Xã đạt đủ tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="34"/>
        <source>Xã chưa đạt đủ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../plandesk/gui/messages.py" line="68"/>
        <source>Đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="69"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="70"/>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="71"/>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="72"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="86"/>
        <source>Không thực hiện được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="111"/>
        <source>Xác nhận</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spreadsheets</name>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="32"/>
        <source>Lưu bảng tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="34"/>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="66"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="42"/>
        <source>Không ghi được %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="53"/>
        <source>Đã ghi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="56"/>
        <source>Đang ghi bảng tính…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="64"/>
        <source>Chọn bảng tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="74"/>
        <source>Thay danh sách Hội đồng hiện tại bằng danh sách trong “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="92"/>
        <source>Đã nhập %1 dòng từ “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="99"/>
        <source>“%1” có %2 lỗi; chưa nhập gì. Hãy sửa các dòng dưới đây rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="106"/>
        <source>Đang nhập bảng tính…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../plandesk/gui/widgets.py" line="52"/>
        <source>“%1” không phải ngày. Gõ ngày/tháng/năm, ví dụ 05/10/2024, 5/10/2024 hoặc 05102024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/widgets.py" line="59"/>
        <source>Không có ngày %1 (ngày %2, tháng %3, năm %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/widgets.py" line="63"/>
        <source>Năm %1 nằm ngoài khoảng 1900–2200.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
